//! Software rendering of egui drawings: geometry, text, anti-aliasing and alpha.

use egui::{Color32, Pos2, Rect, RichText, Stroke, Theme, Vec2, pos2, vec2};
use peermap::ui::raster::render_to_image;
use std::f32::consts::TAU;

const WHITE: [u8; 4] = [255, 255, 255, 255];
const RED: [u8; 4] = [255, 0, 0, 255];

/// Paints the whole frame white so tests do not depend on the theme's panel colour.
fn white_background(ui: &mut egui::Ui) -> egui::Painter {
    let painter = ui.painter().clone();
    painter.rect_filled(ui.max_rect(), 0.0, Color32::WHITE);
    painter
}

fn px(image: &image::RgbaImage, x: u32, y: u32) -> [u8; 4] {
    image.get_pixel(x, y).0
}

#[test]
fn filled_rect_lands_on_expected_pixels() {
    let image = render_to_image(vec2(40.0, 30.0), 2.0, Theme::Light, |ui| {
        let painter = white_background(ui);
        painter.rect_filled(Rect::from_min_max(pos2(10.0, 10.0), pos2(30.0, 20.0)), 0.0, Color32::RED);
    });
    assert_eq!(image.dimensions(), (80, 60));
    // The rect covers pixels 20..60 × 20..40.
    for (x, y) in [(20, 20), (40, 30), (59, 39), (59, 20), (20, 39)] {
        assert_eq!(px(&image, x, y), RED, "inside at {x},{y}");
    }
    for (x, y) in [(0, 0), (19, 19), (60, 40), (19, 30), (60, 30), (40, 19), (40, 40), (79, 59)] {
        assert_eq!(px(&image, x, y), WHITE, "outside at {x},{y}");
    }
}

#[test]
fn text_is_drawn_inside_its_label_rect() {
    let ppp = 2.0;
    let mut label_rect = Rect::NOTHING;
    let image = render_to_image(vec2(200.0, 60.0), ppp, Theme::Light, |ui| {
        white_background(ui);
        ui.add_space(20.0);
        label_rect = ui.label(RichText::new("Café Ærø").color(Color32::BLACK).size(16.0)).rect;
    });
    assert!(label_rect.width() > 20.0, "label laid out: {label_rect:?}");
    let inside = label_rect.expand(1.0);
    let (mut dark_inside, mut dark_outside) = (0, 0);
    for (x, y, p) in image.enumerate_pixels() {
        if p.0[..3].iter().all(|&c| c < 100) {
            let at = Pos2::new((x as f32 + 0.5) / ppp, (y as f32 + 0.5) / ppp);
            if inside.contains(at) { dark_inside += 1 } else { dark_outside += 1 }
        }
    }
    assert!(dark_inside > 100, "only {dark_inside} dark pixels in {label_rect:?}");
    assert_eq!(dark_outside, 0, "dark pixels outside {label_rect:?}");
}

#[test]
fn circle_stroke_is_anti_aliased() {
    let image = render_to_image(vec2(60.0, 60.0), 1.0, Theme::Light, |ui| {
        let painter = white_background(ui);
        painter.circle_stroke(pos2(30.0, 30.0), 20.0, Stroke::new(2.0, Color32::BLACK));
    });
    let between = image.pixels().filter(|p| p.0[0] > 20 && p.0[0] < 235).count();
    assert!(between > 20, "only {between} partly covered pixels");
    assert_eq!(px(&image, 30, 30), WHITE, "centre untouched");
    assert!(px(&image, 50, 30)[0] < 60, "ring is dark: {:?}", px(&image, 50, 30));
}

#[test]
fn translucent_fill_blends_like_the_gpu() {
    let image = render_to_image(vec2(20.0, 20.0), 1.0, Theme::Light, |ui| {
        let painter = white_background(ui);
        let half_red = Color32::from_rgba_unmultiplied(255, 0, 0, 128);
        painter.rect_filled(Rect::from_min_size(pos2(0.0, 0.0), vec2(20.0, 20.0)), 0.0, half_red);
    });
    // Premultiplied (128, 0, 0, 128) over white, in gamma space: 128 + 255 × 127/255.
    assert_eq!(px(&image, 10, 10), [255, 127, 127, 255]);
}

/// Renders a translucent fan of unfeathered triangles from `center` to the closed `rim`, and
/// returns the distinct colours of pixels whose centres lie inside the `inner` rect.
fn fan_colours(ppp: f32, center: Pos2, rim: &[Pos2], inner: Rect) -> std::collections::HashSet<[u8; 4]> {
    let image = render_to_image(vec2(60.0, 60.0), ppp, Theme::Light, |ui| {
        let painter = white_background(ui);
        let mut mesh = egui::Mesh::default();
        let blue = Color32::from_rgba_unmultiplied(0, 0, 255, 100);
        mesh.colored_vertex(center, blue);
        for (i, &p) in rim.iter().chain(&rim[..1]).enumerate() {
            mesh.colored_vertex(p, blue);
            if i > 0 {
                mesh.add_triangle(0, i as u32, i as u32 + 1);
            }
        }
        painter.add(mesh);
    });
    let at = |x: u32, y: u32| pos2((x as f32 + 0.5) / ppp, (y as f32 + 0.5) / ppp);
    image.enumerate_pixels().filter(|(x, y, _)| inner.contains(at(*x, *y))).map(|(_, _, p)| p.0).collect()
}

#[test]
fn mesh_triangles_meet_without_gaps_or_double_blending() {
    // Any gap or overlap between neighbours changes a pixel. First a circle fan at odd positions,
    let center = pos2(30.3, 29.7);
    let rim: Vec<Pos2> = (0..37).map(|i| center + 25.0 * Vec2::angled(i as f32 / 37.0 * TAU)).collect();
    let colours = fan_colours(1.5, center, &rim, Rect::from_center_size(center, Vec2::splat(34.0)));
    assert_eq!(colours.len(), 1, "{colours:?}");
    // then a square fan whose shared edges run exactly through pixel centres (the top-left rule).
    let center = pos2(30.5, 30.5);
    let rim: Vec<Pos2> = [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)]
        .map(|(x, y)| center + 20.0 * vec2(x as f32, y as f32))
        .to_vec();
    let colours = fan_colours(1.0, center, &rim, Rect::from_center_size(center, Vec2::splat(38.0)));
    assert_eq!(colours.len(), 1, "{colours:?}");
}

#[test]
fn background_is_the_theme_panel_fill() {
    for theme in [Theme::Light, Theme::Dark] {
        let image = render_to_image(Vec2::splat(10.0), 1.5, theme, |_| {});
        let [r, g, b, a] = theme.default_visuals().panel_fill.to_array();
        assert_eq!(image.dimensions(), (15, 15));
        assert!(image.pixels().all(|p| p.0 == [r, g, b, a]), "{theme:?}");
    }
}
