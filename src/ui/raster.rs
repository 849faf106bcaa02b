//! Software rendering of egui drawings to images, so that exported documents show the same
//! picture as the screen without a GPU or a window. It mirrors egui's GPU backends: vertex
//! colours and textures are premultiplied sRGB, and blending is `src + dst * (1 - src.a)` in
//! gamma space. epaint's tessellator feathers edges, so one sample per pixel centre suffices.

use egui::epaint::{ImageDelta, Primitive, Vertex};
use egui::{Color32, ImageData, Pos2, Rect, TextureFilter, TextureId, Theme, Vec2, ViewportId};
use std::collections::HashMap;

/// Passes to run: the second lets sizes measured in the first (sizing passes, grids) settle.
const PASSES: usize = 2;
/// Sub-pixel steps per pixel when snapping vertices, like GPUs (8 bits): keeps shared edges exact.
const SUB: i64 = 256;
/// Triangles reaching further out (in pixels) are skipped: their edge functions would overflow i64.
const LIMIT: i64 = 1 << 21;

/// Draws `paint` into an off-screen egui frame of `size` points and rasterises it at `pixels_per_point`.
pub fn render_to_image(
    size: Vec2,
    pixels_per_point: f32,
    theme: Theme,
    mut paint: impl FnMut(&mut egui::Ui),
) -> image::RgbaImage {
    let ctx = egui::Context::default();
    ctx.set_theme(theme);
    super::theme::add_fallback_font(&ctx);
    let mut input =
        egui::RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)), ..Default::default() };
    input.viewports.entry(ViewportId::ROOT).or_default().native_pixels_per_point = Some(pixels_per_point);
    let mut textures = HashMap::new();
    let mut output = None;
    for _ in 0..PASSES {
        let mut out = ctx.run_ui(input.clone(), |ui| {
            let frame = egui::Frame::NONE.fill(ui.visuals().panel_fill);
            egui::CentralPanel::no_frame().frame(frame).show(ui, |ui| paint(ui));
        });
        for (id, deltas) in &out.textures_delta.set {
            for delta in deltas {
                apply_delta(&mut textures, *id, delta);
            }
        }
        // Frees apply after painting and the context ends with us, so only uploads matter.
        out.textures_delta.clear();
        output = Some(out);
    }
    let out = output.expect("PASSES is not zero");
    let ppp = out.pixels_per_point;
    let mut canvas = Canvas::new((size.x * ppp).round() as usize, (size.y * ppp).round() as usize);
    for clipped in ctx.tessellate(out.shapes, ppp) {
        // Paint callbacks need a GPU; a missing texture is skipped, as the GPU backends do.
        let Primitive::Mesh(mesh) = &clipped.primitive else { continue };
        let Some(texture) = textures.get(&mesh.texture_id) else { continue };
        let clip = canvas.scissor(clipped.clip_rect, ppp);
        for tri in mesh.indices.chunks_exact(3) {
            let vertex = |i: usize| &mesh.vertices[tri[i] as usize];
            canvas.fill_triangle(clip, [vertex(0), vertex(1), vertex(2)], ppp, texture);
        }
    }
    canvas.into_image()
}

/// Our copy of one egui texture (the font atlas is `TextureId::Managed(0)`); always clamped to
/// edge, egui's default wrap mode.
struct Texture {
    size: [usize; 2],
    pixels: Vec<Color32>,
    magnify_linear: bool,
    minify_linear: bool,
}

/// Applies a whole or partial (`pos`) texture upload, as a GPU backend would.
fn apply_delta(textures: &mut HashMap<TextureId, Texture>, id: TextureId, delta: &ImageDelta) {
    let ImageData::Color(image) = &delta.image;
    let linear = |f: TextureFilter| f == TextureFilter::Linear;
    let Some([x, y]) = delta.pos else {
        let texture = Texture {
            size: image.size,
            pixels: image.pixels.clone(),
            magnify_linear: linear(delta.options.magnification),
            minify_linear: linear(delta.options.minification),
        };
        textures.insert(id, texture);
        return;
    };
    let Some(texture) = textures.get_mut(&id) else { return };
    let [w, h] = image.size;
    for row in 0..h.min(texture.size[1].saturating_sub(y)) {
        let start = (y + row) * texture.size[0] + x;
        let n = w.min(texture.size[0].saturating_sub(x));
        texture.pixels[start..start + n].copy_from_slice(&image.pixels[row * w..row * w + n]);
    }
}

impl Texture {
    /// Premultiplied RGBA in 0–1 at texel coordinates already shifted by half a texel (clamp to edge).
    fn sample(&self, u: f32, v: f32, linear: bool) -> [f32; 4] {
        let [w, h] = self.size;
        let texel = |x: f32, y: f32| {
            let (x, y) = ((x as isize).clamp(0, w as isize - 1), (y as isize).clamp(0, h as isize - 1));
            self.pixels[y as usize * w + x as usize].to_array().map(f32::from)
        };
        if !linear {
            return texel((u + 0.5).floor(), (v + 0.5).floor()).map(|c| c / 255.0);
        }
        let (x, y) = (u.floor(), v.floor());
        let (fx, fy) = (u - x, v - y);
        let (a, b, c, d) = (texel(x, y), texel(x + 1.0, y), texel(x, y + 1.0), texel(x + 1.0, y + 1.0));
        std::array::from_fn(|i| {
            let top = a[i] + (b[i] - a[i]) * fx;
            let bottom = c[i] + (d[i] - c[i]) * fx;
            (top + (bottom - top) * fy) / 255.0
        })
    }
}

/// One triangle edge `a → b` in sub-pixel units; its edge function is positive inside.
struct Edge {
    a: [i64; 2],
    d: [i64; 2],
    /// −1 for edges that are not top or left, so pixels exactly on them go to the neighbour.
    bias: i64,
}

impl Edge {
    fn new(a: [i64; 2], b: [i64; 2]) -> Self {
        let d = [b[0] - a[0], b[1] - a[1]];
        let top_left = d[1] < 0 || (d[1] == 0 && d[0] > 0);
        Edge { a, d, bias: if top_left { 0 } else { -1 } }
    }

    /// Twice the signed area of (a, b, p); p in sub-pixel units.
    fn at(&self, p: [i64; 2]) -> i64 {
        self.d[0] * (p[1] - self.a[1]) - self.d[1] * (p[0] - self.a[0])
    }

    /// Change of the edge function per pixel step in x.
    fn step_x(&self) -> i64 {
        -self.d[1] * SUB
    }
}

/// Premultiplied RGBA pixels, drawn into like an 8-bit GPU framebuffer.
struct Canvas {
    width: usize,
    height: usize,
    /// Premultiplied RGBA bytes, row by row.
    bytes: Vec<u8>,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Self {
        Canvas { width, height, bytes: vec![0; width * height * 4] }
    }

    /// The clip rectangle in whole pixels `[x0, y0, x1, y1)`, rounded as egui-wgpu's scissor.
    fn scissor(&self, clip: Rect, ppp: f32) -> [i64; 4] {
        let px = |v: f32, max: usize| ((v * ppp).round().max(0.0) as i64).min(max as i64);
        let (x0, y0) = (px(clip.min.x, self.width), px(clip.min.y, self.height));
        [x0, y0, px(clip.max.x, self.width).max(x0), px(clip.max.y, self.height).max(y0)]
    }

    /// Fills the pixels whose centres lie in the triangle (top-left rule: no gaps, no double blends).
    fn fill_triangle(&mut self, clip: [i64; 4], verts: [&Vertex; 3], ppp: f32, texture: &Texture) {
        let scale = ppp * SUB as f32;
        let mut p = verts.map(|v| [(v.pos.x * scale).round() as i64, (v.pos.y * scale).round() as i64]);
        if p.iter().flatten().any(|c| c.abs() > LIMIT * SUB) {
            return;
        }
        let mut v = verts;
        let mut area = Edge::new(p[0], p[1]).at(p[2]);
        if area < 0 {
            p.swap(1, 2);
            v.swap(1, 2);
            area = -area;
        }
        if area == 0 {
            return;
        }
        let lo = |axis: usize| p.iter().map(|q| q[axis]).min().unwrap_or(0).div_euclid(SUB);
        let hi = |axis: usize| p.iter().map(|q| q[axis]).max().unwrap_or(0).div_euclid(SUB) + 1;
        let (x0, x1) = (lo(0).max(clip[0]), hi(0).min(clip[2]));
        let (y0, y1) = (lo(1).max(clip[1]), hi(1).min(clip[3]));
        if x0 >= x1 || y0 >= y1 {
            return;
        }
        // Edge i runs from vertex i to i+1, so vertex k's barycentric weight is edge (k+1)%3 / area.
        let edges = [Edge::new(p[0], p[1]), Edge::new(p[1], p[2]), Edge::new(p[2], p[0])];
        let [w, h] = texture.size.map(|s| s as f32);
        let mut attrs = v.map(|v| {
            let c = v.color.to_array().map(|c| f32::from(c) / 255.0);
            [c[0], c[1], c[2], c[3], v.uv.x * w - 0.5, v.uv.y * h - 0.5]
        });
        let inv_area = 1.0 / area as f64;
        let dx: [f32; 6] = std::array::from_fn(|i| {
            (0..3).map(|k| attrs[k][i] as f64 * edges[(k + 1) % 3].step_x() as f64 * inv_area).sum::<f64>()
                as f32
        });
        let linear =
            if dx[4].abs() + dx[5].abs() > 1.0 { texture.minify_linear } else { texture.magnify_linear };
        // Shapes use one texel (egui's white pixel): fold it into the colours once.
        let textured = v.iter().any(|q| q.uv != v[0].uv);
        if !textured {
            let t = texture.sample(attrs[0][4], attrs[0][5], linear);
            attrs.iter_mut().for_each(|a| (0..4).for_each(|i| a[i] *= t[i]));
        }
        let solid = !textured && v.iter().all(|q| q.color == v[0].color);
        // Edge values at the centre of pixel (x0, y): they change by step_x per pixel, step_y per row.
        let mut next_e = edges.each_ref().map(|edge| edge.at([x0 * SUB + SUB / 2, y0 * SUB + SUB / 2]));
        for y in y0..y1 {
            let e = next_e;
            next_e = std::array::from_fn(|i| e[i] + edges[i].d[0] * SUB);
            let Some((start, end)) = span(&edges, e, x0, x1) else { continue };
            let row = &mut self.rows(y as usize)[start as usize..end as usize];
            if solid {
                let c = attrs[0].map(|c| (c * 255.0 + 0.5) as u8);
                fill_solid(row, [c[0], c[1], c[2], c[3]]);
                continue;
            }
            let weight = |k: usize| {
                let edge = (k + 1) % 3;
                (e[edge] + edges[edge].step_x() * (start - x0)) as f64 * inv_area
            };
            let mut a: [f32; 6] =
                std::array::from_fn(|i| (0..3).map(|k| attrs[k][i] as f64 * weight(k)).sum::<f64>() as f32);
            for px in row {
                let mut src = [a[0], a[1], a[2], a[3]];
                if textured {
                    let t = texture.sample(a[4], a[5], linear);
                    src = std::array::from_fn(|i| src[i] * t[i]);
                }
                let keep = 1.0 - src[3];
                *px = std::array::from_fn(|i| (src[i] * 255.0 + f32::from(px[i]) * keep + 0.5) as u8);
                a = std::array::from_fn(|i| a[i] + dx[i]);
            }
        }
    }

    /// Row `y` as RGBA pixels.
    fn rows(&mut self, y: usize) -> &mut [[u8; 4]] {
        self.bytes[y * self.width * 4..(y + 1) * self.width * 4].as_chunks_mut().0
    }

    /// Converts to straight (unmultiplied) RGBA, which PNG expects.
    fn into_image(self) -> image::RgbaImage {
        let mut raw = self.bytes;
        for px in raw.chunks_exact_mut(4).filter(|px| px[3] < 255) {
            let a = u16::from(px[3]).max(1);
            px[..3].iter_mut().for_each(|c| *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8);
        }
        image::RgbaImage::from_raw(self.width as u32, self.height as u32, raw).expect("buffer matches size")
    }
}

/// Pixels `[start, end)` within `[x0, x1)` whose centres pass all edge tests, given the edge values `e` at x0.
fn span(edges: &[Edge; 3], e: [i64; 3], x0: i64, x1: i64) -> Option<(i64, i64)> {
    let (mut start, mut end) = (x0, x1);
    for (edge, e) in edges.iter().zip(e) {
        // Inside while e + step * k >= 0, k pixels right of x0. A float quotient (no slow integer
        // division: this runs for every row of every triangle) is off by at most two, then made exact.
        let (e, step) = (e + edge.bias, edge.step_x());
        let inside = |k: i64| e + step * k >= 0;
        let mut k = ((-e) as f64 / step as f64) as i64;
        match step.signum() {
            1 => {
                k += i64::from(!inside(k)) + i64::from(!inside(k + 1));
                k -= i64::from(inside(k - 1)) + i64::from(inside(k - 2));
                start = start.max(x0 + k);
            }
            -1 => {
                k -= i64::from(!inside(k)) + i64::from(!inside(k - 1));
                k += i64::from(inside(k + 1)) + i64::from(inside(k + 2));
                end = end.min(x0 + k + 1);
            }
            _ if e < 0 => return None,
            _ => {}
        }
    }
    (start < end).then_some((start, end))
}

/// Fills or blends one colour over a run of pixels; the common case for shapes.
fn fill_solid(row: &mut [[u8; 4]], c: [u8; 4]) {
    if c[3] == 255 {
        row.fill(c);
    } else if c != [0; 4] {
        // 16 bytes at a time with one multiplier, so the compiler vectorises it.
        let keep = u16::from(255 - c[3]);
        let pattern: [u8; 16] = std::array::from_fn(|i| c[i % 4]);
        let blend = |src: u8, dst: &mut u8| *dst = src.saturating_add(mul_div255(*dst, keep));
        let mut chunks = row.as_flattened_mut().chunks_exact_mut(16);
        for chunk in &mut chunks {
            pattern.iter().zip(chunk).for_each(|(&src, dst)| blend(src, dst));
        }
        pattern.iter().zip(chunks.into_remainder()).for_each(|(&src, dst)| blend(src, dst));
    }
}

/// `a * b / 255`, rounded, without a division.
fn mul_div255(a: u8, b: u16) -> u8 {
    let x = u16::from(a) * b + 128;
    ((x + (x >> 8)) >> 8) as u8
}
