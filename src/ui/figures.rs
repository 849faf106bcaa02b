//! The map picture and the model graph as PNG images for the brief, drawn by
//! the same code as on screen and rasterised off-screen.

use super::{graph_view, map_picture, raster};
use crate::design::Design;
use crate::similarity::{ModelGraph, SimilarityIndex};
use egui::{Theme, Vec2, vec2};
use image::RgbaImage;

/// Figure sizes in points; images are twice as many pixels, sharp in print.
pub const MAP_FIGURE: Vec2 = vec2(640.0, 640.0);
pub const GRAPH_FIGURE: Vec2 = vec2(900.0, 640.0);
pub const ATLAS_FIGURE: Vec2 = vec2(1000.0, 700.0);
const PIXELS_PER_POINT: f32 = 2.0;

/// The design drawn on the map picture, light theme.
pub fn map_figure(design: &Design) -> RgbaImage {
    raster::render_to_image(MAP_FIGURE, PIXELS_PER_POINT, Theme::Light, |ui| {
        map_picture::map_picture_ui(ui, design, None)
    })
}

/// The design among its nearest models, with the issue legend, light theme.
pub fn graph_figure(graph: &ModelGraph, index: &SimilarityIndex) -> RgbaImage {
    raster::render_to_image(GRAPH_FIGURE, PIXELS_PER_POINT, Theme::Light, |ui| {
        graph_view::graph_figure_ui(ui, graph, index)
    })
}

/// The whole corpus on the atlas, coloured `by` a field, the design placed on it, light theme.
pub fn atlas_figure(
    atlas: &crate::atlas::Atlas,
    index: &SimilarityIndex,
    by: crate::atlas::ColourBy,
    design: Option<[f32; 2]>,
) -> RgbaImage {
    let colours = super::atlas_picture::AtlasColours::new(index, by);
    raster::render_to_image(ATLAS_FIGURE, PIXELS_PER_POINT, Theme::Light, |ui| {
        super::atlas_picture::atlas_figure_ui(ui, atlas, &colours, by, design)
    })
}

/// PNG bytes of an image (fast compression: briefs are made interactively).
pub fn encode_png(image: &RgbaImage) -> Vec<u8> {
    use image::ImageEncoder;
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(image.as_raw(), image.width(), image.height(), image::ExtendedColorType::Rgba8)
    .expect("encoding a PNG into memory cannot fail for a well-formed image");
    bytes
}
