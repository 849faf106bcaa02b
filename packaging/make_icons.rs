//! Draws the peermap icon once at 1024 px and produces every PNG size the
//! desktop needs from that one source image.
//!
//! Run from the repository root: `cargo run --example make_icons`.

use image::imageops::FilterType;
use image::{Rgba, RgbaImage};
use std::f32::consts::{FRAC_PI_2, PI, TAU};
use std::path::Path;

const SOURCE_SIZE: u32 = 1024;
/// Sizes installed under `hicolor/NxN/apps/peermap.png`.
const SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];
const SUBSAMPLES: u32 = 4;

/// Facet colours (roles, pathways, settings), as in the app's light theme.
const FACETS: [[u8; 3]; 3] = [[0xD0, 0x5A, 0x2E], [0x13, 0x8D, 0x7A], [0x4F, 0x55, 0xC4]];
const PAPER: [u8; 3] = [0xFB, 0xFA, 0xF7];
const INK: [u8; 3] = [0x26, 0x28, 0x2E];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/icons");
    let source = draw_source();
    source.save(root.join("peermap-1024.png"))?;
    for size in SIZES {
        let folder = root.join(format!("hicolor/{size}x{size}/apps"));
        std::fs::create_dir_all(&folder)?;
        image::imageops::resize(&source, size, size, FilterType::Lanczos3)
            .save(folder.join("peermap.png"))?;
    }
    println!("Wrote the source icon and {} sizes to {}", SIZES.len(), root.display());
    Ok(())
}

/// The colour at a point of the icon, in units where the icon spans -1..1.
fn colour_at(x: f32, y: f32) -> Option<[u8; 3]> {
    let r = (x * x + y * y).sqrt();
    let angle = (y.atan2(x) + FRAC_PI_2).rem_euclid(TAU); // 0 at the top, clockwise
    let gap = 2.2 * PI / 180.0;
    let sector = (angle / (TAU / 6.0)).floor() as usize % 6;
    let within = angle - sector as f32 * TAU / 6.0;
    let in_gap = within < gap || within > TAU / 6.0 - gap;
    let facet = FACETS[sector / 2];
    let tint = |c: [u8; 3], t: f32| c.map(|v| (f32::from(v) + (255.0 - f32::from(v)) * t) as u8);
    if r > 0.98 {
        None
    } else if r > 0.90 {
        Some(PAPER)
    } else if r > 0.50 && !in_gap {
        // Outer band: the six questions, the second of each facet lighter.
        Some(if sector.is_multiple_of(2) { facet } else { tint(facet, 0.35) })
    } else if (0.40..=0.47).contains(&r) {
        // Facet ring.
        let facet_gap = (angle / (TAU / 3.0)).fract() * TAU / 3.0;
        (facet_gap > gap && facet_gap < TAU / 3.0 - gap).then_some(tint(facet, 0.15))
    } else if r < 0.30 {
        Some(INK)
    } else {
        Some(PAPER)
    }
}

fn draw_source() -> RgbaImage {
    let mut image = RgbaImage::new(SOURCE_SIZE, SOURCE_SIZE);
    let scale = 2.0 / SOURCE_SIZE as f32;
    for (px, py, pixel) in image.enumerate_pixels_mut() {
        let (mut sum, mut covered) = ([0u32; 3], 0u32);
        for sy in 0..SUBSAMPLES {
            for sx in 0..SUBSAMPLES {
                let x = (px as f32 + (sx as f32 + 0.5) / SUBSAMPLES as f32) * scale - 1.0;
                let y = (py as f32 + (sy as f32 + 0.5) / SUBSAMPLES as f32) * scale - 1.0;
                if let Some(c) = colour_at(x, y) {
                    covered += 1;
                    for (total, v) in sum.iter_mut().zip(c) {
                        *total += u32::from(v);
                    }
                }
            }
        }
        if covered > 0 {
            let [r, g, b] = sum.map(|s| (s / covered) as u8);
            let alpha = (255 * covered / (SUBSAMPLES * SUBSAMPLES)) as u8;
            *pixel = Rgba([r, g, b, alpha]);
        }
    }
    image
}
