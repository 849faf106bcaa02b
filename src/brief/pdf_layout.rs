//! Page layout for the PDF design brief: the bundled fonts, text measuring and line breaking,
//! page breaks, and drawing the laid-out pages with krilla.
//!
//! Everything is first laid out into pages of simple drawing operations, so that the footer
//! can say "page X of Y"; the PDF itself is written only in [`Layout::finish`].
//! Text is measured with the same shaper krilla draws with (rustybuzz), so a line that
//! measures as fitting does fit.

use crate::i18n::tr_args;
use std::collections::HashMap;

use krilla::Document;
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};

use super::PdfError;

/// A4 in points.
const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 50.0;
/// Width of the text column.
pub(super) const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
const TOP: f32 = MARGIN;
/// Content ends above this; the footer sits below.
const BOTTOM: f32 = PAGE_H - 64.0;
const FOOTER_RULE: f32 = PAGE_H - 48.0;
const FOOTER_BASELINE: f32 = PAGE_H - 34.0;
const FOOTER_SIZE: f32 = 8.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
/// Baseline below the top of a line, in font sizes: DejaVu's ascent (0.93 em) plus half the
/// leading left over after ascent and descent.
const BASELINE: f32 = 1.02;
/// Inner padding of highlighted boxes.
const BOX_PAD: f32 = 8.0;
/// Height of a row of agreement bars.
pub(super) const BARS_H: f32 = 24.0;
/// Tallest a figure may be drawn.
const FIGURE_MAX_H: f32 = 320.0;

pub(super) type Rgb = (u8, u8, u8);
pub(super) const INK: Rgb = (20, 20, 20);
pub(super) const GREY: Rgb = (90, 90, 90);
pub(super) const ACCENT: Rgb = (28, 73, 115);
pub(super) const GREEN: Rgb = (30, 110, 50);
const RULE: Rgb = (200, 200, 200);
const BAR_BACK: Rgb = (225, 228, 232);
const BAR_FRONT: Rgb = (70, 120, 170);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// A paragraph: runs of regular and bold text in one size and colour, wrapped to the column.
#[derive(Debug, Clone)]
pub(super) struct Para {
    spans: Vec<(Weight, String)>,
    size: f32,
    color: Rgb,
    indent: f32,
    /// A label (bullet, "[12]") set in the first line's hanging indent, and the indent's width.
    hang: Option<(String, f32)>,
    before: f32,
    /// Background and left-bar colours of a highlighted box.
    boxed: Option<(Rgb, Rgb)>,
}

impl Para {
    pub(super) fn new(size: f32) -> Self {
        Self { spans: Vec::new(), size, color: INK, indent: 0.0, hang: None, before: 0.0, boxed: None }
    }
    pub(super) fn text(mut self, text: &str) -> Self {
        self.spans.push((Weight::Regular, text.to_owned()));
        self
    }
    pub(super) fn bold(mut self, text: &str) -> Self {
        self.spans.push((Weight::Bold, text.to_owned()));
        self
    }
    pub(super) fn color(mut self, color: Rgb) -> Self {
        self.color = color;
        self
    }
    pub(super) fn indent(mut self, indent: f32) -> Self {
        self.indent = indent;
        self
    }
    pub(super) fn hang(mut self, label: &str, width: f32) -> Self {
        self.hang = Some((label.to_owned(), width));
        self
    }
    pub(super) fn before(mut self, space: f32) -> Self {
        self.before = space;
        self
    }
    pub(super) fn boxed(mut self, background: Rgb, bar: Rgb) -> Self {
        self.boxed = Some((background, bar));
        self
    }
}

/// One font in its two uses: embedded by krilla, shaped by rustybuzz for measuring.
struct Face {
    pdf: Font,
    shaper: rustybuzz::Face<'static>,
    units_per_em: f32,
    /// Advance widths in em of the words measured so far.
    widths: HashMap<String, f32>,
}

impl Face {
    fn load(name: &'static str, data: &'static [u8]) -> Result<Self, PdfError> {
        let pdf = Font::new(data.into(), 0).ok_or(PdfError::Font(name))?;
        let shaper = rustybuzz::Face::from_slice(data, 0).ok_or(PdfError::Font(name))?;
        let units_per_em = shaper.units_per_em() as f32;
        Ok(Self { pdf, shaper, units_per_em, widths: HashMap::new() })
    }

    /// Width in em, shaped exactly as krilla's `draw_text` shapes it.
    fn em(&mut self, text: &str) -> f32 {
        if let Some(&em) = self.widths.get(text) {
            return em;
        }
        let em = self.em_uncached(text);
        self.widths.insert(text.to_owned(), em);
        em
    }

    fn em_uncached(&self, text: &str) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / self.units_per_em
    }
}

enum Op {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        weight: Weight,
        size: f32,
        color: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        index: usize,
    },
}

/// A run of one weight inside a line, `x` from the line's start.
struct Run {
    x: f32,
    weight: Weight,
    text: String,
}

/// Document information for the PDF's metadata and footer.
pub(super) struct DocInfo<'a> {
    pub title: &'a str,
    pub creator: String,
    /// "YYYY-MM-DD"; ignored when it does not parse.
    pub date: &'a str,
    pub footer: &'a str,
}

/// The brief being laid out: finished pages, the current one, and the vertical position on it.
pub(super) struct Layout {
    regular: Face,
    bold: Face,
    pages: Vec<Vec<Op>>,
    y: f32,
    figures: Vec<(Image, &'static str)>,
    /// Bookmarks: text, page index, y.
    outline: Vec<(String, usize, f32)>,
    /// The last heading drawn, so a page break right after it can take it along.
    last_heading: Option<HeadingMark>,
}

/// Where a heading's drawing starts and ends on its page.
struct HeadingMark {
    page: usize,
    first_op: usize,
    end_op: usize,
    top: f32,
    bookmark: Option<usize>,
}

impl Layout {
    pub(super) fn new() -> Result<Self, PdfError> {
        Ok(Self {
            regular: Face::load("DejaVuSans.ttf", crate::fonts::DEJAVU_SANS)?,
            bold: Face::load("DejaVuSans-Bold.ttf", crate::fonts::DEJAVU_SANS_BOLD)?,
            pages: vec![Vec::new()],
            y: TOP,
            figures: Vec::new(),
            outline: Vec::new(),
            last_heading: None,
        })
    }

    /// Width of `text` in points.
    pub(super) fn width(&mut self, weight: Weight, text: &str, size: f32) -> f32 {
        let face = match weight {
            Weight::Regular => &mut self.regular,
            Weight::Bold => &mut self.bold,
        };
        face.em(text) * size
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn at_top(&self) -> bool {
        self.y <= TOP + 0.01
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` more points fit on this one.
    /// A heading with nothing after it yet moves along to the new page.
    pub(super) fn keep(&mut self, height: f32) {
        if self.y + height <= BOTTOM || self.at_top() {
            return;
        }
        let page = self.pages.len() - 1;
        let mark = self.last_heading.take().filter(|m| m.page == page && m.end_op == self.pages[page].len());
        let Some(mark) = mark else {
            self.new_page();
            return;
        };
        if mark.top <= TOP + 0.01 {
            // The heading already starts the page: let what follows break instead.
            return;
        }
        let dy = TOP - mark.top;
        let mut carried = self.pages[page].split_off(mark.first_op);
        for op in &mut carried {
            match op {
                Op::Text { y, .. } | Op::Rect { y, .. } | Op::Image { y, .. } => *y += dy,
            }
        }
        let below = self.y - mark.top;
        self.new_page();
        self.pages[page + 1] = carried;
        self.y = TOP + below;
        if let Some(entry) = mark.bookmark.and_then(|i| self.outline.get_mut(i)) {
            entry.1 = page + 1;
            entry.2 += dy;
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub(super) fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y = (self.y + height).min(BOTTOM);
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.push(Op::Rect { x, y, w, h, color });
    }

    /// A highlighted band with no text: the top or bottom padding of a box.
    pub(super) fn box_band(&mut self, height: f32, background: Rgb, bar: Rgb) {
        self.keep(height);
        self.rect(MARGIN, self.y, TEXT_W, height, background);
        self.rect(MARGIN, self.y, 3.0, height, bar);
        self.y += height;
    }

    /// A thin horizontal line across the column.
    pub(super) fn rule(&mut self) {
        self.rect(MARGIN, self.y, TEXT_W, 0.6, RULE);
    }

    /// A section heading, kept with what follows and listed in the PDF's bookmarks.
    pub(super) fn heading(&mut self, text: &str, size: f32, bookmark: bool) {
        self.space(size * 1.1);
        self.keep(size * LEADING + 50.0);
        let page = self.pages.len() - 1;
        let (first_op, top) = (self.pages[page].len(), self.y);
        let bookmark = bookmark.then(|| {
            self.outline.push((text.to_owned(), page, top));
            self.outline.len() - 1
        });
        self.para(&Para::new(size).bold(text).color(ACCENT));
        self.y += size * 0.3;
        let end_op = self.pages[self.pages.len() - 1].len();
        self.last_heading =
            (self.pages.len() - 1 == page).then_some(HeadingMark { page, first_op, end_op, top, bookmark });
    }

    /// The left edge of a paragraph's text (before any hanging label) and the width of its lines.
    fn column(para: &Para) -> (f32, f32) {
        let hang_w = para.hang.as_ref().map_or(0.0, |(_, w)| *w);
        let pad = if para.boxed.is_some() { BOX_PAD } else { 0.0 };
        (MARGIN + pad + para.indent, TEXT_W - 2.0 * pad - para.indent - hang_w)
    }

    /// The height a paragraph will take, including its space above.
    pub(super) fn height(&mut self, para: &Para) -> f32 {
        let (_, avail) = Self::column(para);
        match self.wrap(&para.spans, para.size, avail).len() {
            0 => 0.0,
            lines => para.before + lines as f32 * para.size * LEADING,
        }
    }

    /// Starts a new page unless all of `paras` plus `extra` points fit on this one.
    /// Blocks taller than a page are simply broken.
    pub(super) fn keep_together(&mut self, paras: &[&Para], extra: f32) {
        let total = paras.iter().map(|p| self.height(p)).sum::<f32>() + extra;
        if total <= BOTTOM - TOP {
            self.keep(total);
        }
    }

    /// Wraps and places a paragraph, breaking pages between lines.
    pub(super) fn para(&mut self, para: &Para) {
        let hang_w = para.hang.as_ref().map_or(0.0, |(_, w)| *w);
        let (left, avail) = Self::column(para);
        let lines = self.wrap(&para.spans, para.size, avail);
        if lines.is_empty() {
            return;
        }
        if para.before > 0.0 && !self.at_top() {
            if let Some((background, bar)) = para.boxed {
                let gap = para.before.min(BOTTOM - self.y);
                self.rect(MARGIN, self.y, TEXT_W, gap, background);
                self.rect(MARGIN, self.y, 3.0, gap, bar);
            }
            self.space(para.before);
        }
        let height = para.size * LEADING;
        for (i, line) in lines.into_iter().enumerate() {
            self.keep(height);
            let top = self.y;
            if let Some((background, bar)) = para.boxed {
                self.rect(MARGIN, top, TEXT_W, height, background);
                self.rect(MARGIN, top, 3.0, height, bar);
            }
            let baseline = top + para.size * BASELINE;
            if let (0, Some((label, _))) = (i, &para.hang) {
                let (size, color) = (para.size, para.color);
                let text = label.clone();
                self.push(Op::Text { x: left, y: baseline, weight: Weight::Regular, size, color, text });
            }
            for run in line {
                self.push(Op::Text {
                    x: left + hang_w + run.x,
                    y: baseline,
                    weight: run.weight,
                    size: para.size,
                    color: para.color,
                    text: run.text,
                });
            }
            self.y += height;
        }
    }

    /// Breaks styled text into lines no wider than `avail`: at spaces, and inside a word
    /// only when the word alone is too wide.
    fn wrap(&mut self, spans: &[(Weight, String)], size: f32, avail: f32) -> Vec<Vec<Run>> {
        // Words as pieces of one weight; a word can change weight ("term:" then text).
        let mut words: Vec<Vec<(Weight, String)>> = Vec::new();
        let mut word: Vec<(Weight, String)> = Vec::new();
        for (weight, text) in spans {
            for ch in text.chars() {
                if ch.is_whitespace() && ch != '\u{a0}' && ch != '\u{202f}' {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                } else if !ch.is_control() {
                    match word.last_mut() {
                        Some((w, piece)) if w == weight => piece.push(ch),
                        _ => word.push((*weight, ch.to_string())),
                    }
                }
            }
        }
        if !word.is_empty() {
            words.push(word);
        }

        let mut lines = Vec::new();
        let mut line: Vec<Run> = Vec::new();
        let mut x = 0.0;
        for word in words {
            let width: f32 = word.iter().map(|(w, piece)| self.width(*w, piece, size)).sum();
            if let Some(last) = line.last_mut() {
                let space = match last.weight {
                    Weight::Regular => self.regular.em(" "),
                    Weight::Bold => self.bold.em(" "),
                } * size;
                if x + space + width <= avail {
                    last.text.push(' ');
                    x += space;
                    for (weight, piece) in word {
                        let w = self.width(weight, &piece, size);
                        push_piece(&mut line, &mut x, weight, piece, w);
                    }
                    continue;
                }
                lines.push(std::mem::take(&mut line));
                x = 0.0;
            }
            if width <= avail {
                for (weight, piece) in word {
                    let w = self.width(weight, &piece, size);
                    push_piece(&mut line, &mut x, weight, piece, w);
                }
                continue;
            }
            // Too long for any line: break between characters (never before a combining mark).
            for (weight, piece) in word {
                for ch in piece.chars() {
                    let mut buf = [0u8; 4];
                    let ch_text: &str = ch.encode_utf8(&mut buf);
                    let w = self.width(weight, ch_text, size);
                    if x + w > avail && x > 0.0 && !is_combining(ch) {
                        lines.push(std::mem::take(&mut line));
                        x = 0.0;
                    }
                    push_piece(&mut line, &mut x, weight, ch_text.to_owned(), w);
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A PNG figure centred in the column, as wide as the column and at most
    /// `FIGURE_MAX_H` high, keeping its aspect ratio.
    pub(super) fn figure(&mut self, png: &[u8], which: &'static str) -> Result<(), PdfError> {
        let bad = |reason: String| PdfError::Figure { figure: which, reason };
        let image = Image::from_png(png.to_vec().into(), true).map_err(bad)?;
        let (px_w, px_h) = image.size();
        if px_w == 0 || px_h == 0 {
            return Err(bad("the image has no pixels".to_owned()));
        }
        let (px_w, px_h) = (px_w as f32, px_h as f32);
        let mut w = TEXT_W;
        let mut h = w * px_h / px_w;
        if h > FIGURE_MAX_H {
            h = FIGURE_MAX_H;
            w = h * px_w / px_h;
        }
        self.space(6.0);
        self.keep(h);
        let index = self.figures.len();
        self.figures.push((image, which));
        self.push(Op::Image { x: MARGIN + (TEXT_W - w) / 2.0, y: self.y, w, h, index });
        self.y += h + 6.0;
        Ok(())
    }

    /// A row of small labelled bars, one per item; `None` shows as "—" with an empty bar.
    pub(super) fn bars(&mut self, items: &[(&str, Option<f64>)], indent: f32) {
        const SIZE: f32 = 7.0;
        if items.is_empty() {
            return;
        }
        let cell = (TEXT_W - indent) / items.len() as f32;
        let value_w = self.width(Weight::Regular, "0.00", SIZE) + 4.0;
        let bar_w = (cell - value_w - 8.0).max(10.0);
        self.keep(BARS_H);
        let top = self.y + 2.0;
        for (i, (label, value)) in items.iter().enumerate() {
            let x = MARGIN + indent + i as f32 * cell;
            let text = self.ellipsize(Weight::Regular, label, SIZE, cell - 8.0);
            let (weight, size, color) = (Weight::Regular, SIZE, GREY);
            self.push(Op::Text { x, y: top + SIZE, weight, size, color, text });
            self.rect(x, top + 11.0, bar_w, 5.0, BAR_BACK);
            let text = match value {
                Some(v) => {
                    let v = v.clamp(0.0, 1.0) as f32;
                    if v > 0.0 {
                        self.rect(x, top + 11.0, bar_w * v, 5.0, BAR_FRONT);
                    }
                    format!("{v:.2}")
                }
                None => "—".to_owned(),
            };
            self.push(Op::Text { x: x + bar_w + 3.0, y: top + 16.0, weight, size, color: INK, text });
        }
        self.y = top + BARS_H - 2.0;
    }

    /// `text` cut with "…" to fit `max` points.
    fn ellipsize(&mut self, weight: Weight, text: &str, size: f32, max: f32) -> String {
        // No glyph is narrower than a tenth of an em: more characters never fit.
        let most = (max / (size * 0.1)).ceil() as usize + 1;
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).take(most).collect();
        if ends.len() < most && self.measure(weight, text, size) <= max {
            return text.to_owned();
        }
        let candidate = |cut: usize| format!("{}…", text[..ends[cut]].trim_end());
        // The longest prefix that fits with its ellipsis: O(log n) measurements.
        let (mut fits, mut fails) = (None, ends.len());
        let mut low = 0;
        while low < fails {
            let mid = (low + fails) / 2;
            if self.measure(weight, &candidate(mid), size) <= max {
                fits = Some(mid);
                low = mid + 1;
            } else {
                fails = mid;
            }
        }
        fits.map_or_else(|| "…".to_owned(), candidate)
    }

    /// The width of a one-off text (not kept in the word cache).
    fn measure(&mut self, weight: Weight, text: &str, size: f32) -> f32 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        face.em_uncached(text) * size
    }

    /// The number of pages laid out so far.
    #[cfg(test)]
    pub(super) fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The last text (or figure) on each page, for tests.
    #[cfg(test)]
    pub(super) fn last_texts(&self) -> Vec<String> {
        let last = |ops: &Vec<Op>| {
            ops.iter().rev().find_map(|op| match op {
                Op::Text { text, .. } => Some(text.clone()),
                Op::Image { .. } => Some("(figure)".to_owned()),
                Op::Rect { .. } => None,
            })
        };
        self.pages.iter().map(|ops| last(ops).unwrap_or_default()).collect()
    }

    /// The right-most and bottom-most extent of all text drawn, for tests.
    #[cfg(test)]
    pub(super) fn text_extent(&mut self) -> (f32, f32) {
        let texts: Vec<(f32, f32, Weight, f32, String)> = self
            .pages
            .iter()
            .flatten()
            .filter_map(|op| match op {
                Op::Text { x, y, weight, size, text, .. } => Some((*x, *y, *weight, *size, text.clone())),
                _ => None,
            })
            .collect();
        let mut right: f32 = 0.0;
        let mut bottom: f32 = 0.0;
        for (x, y, weight, size, text) in texts {
            right = right.max(x + self.width(weight, text.trim_end(), size));
            bottom = bottom.max(y);
        }
        (right - MARGIN, bottom)
    }

    /// Draws the pages with footers and writes the PDF.
    pub(super) fn finish(mut self, info: &DocInfo) -> Result<Vec<u8>, PdfError> {
        let total = self.pages.len();
        let footer_text = self.ellipsize(Weight::Regular, info.footer, FOOTER_SIZE, TEXT_W - 80.0);
        let pages = std::mem::take(&mut self.pages);
        let settings =
            PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| PdfError::Write("page size".into()))?;
        let mut document = Document::new();
        for (number, mut ops) in (1..).zip(pages) {
            let page_text = tr_args("pdf-page", &[("number", number.into()), ("total", total.into())]);
            let page_w = self.width(Weight::Regular, &page_text, FOOTER_SIZE);
            let (weight, size, color) = (Weight::Regular, FOOTER_SIZE, GREY);
            ops.push(Op::Rect { x: MARGIN, y: FOOTER_RULE, w: TEXT_W, h: 0.5, color: RULE });
            let y = FOOTER_BASELINE;
            ops.push(Op::Text { x: MARGIN, y, weight, size, color, text: footer_text.clone() });
            ops.push(Op::Text { x: PAGE_W - MARGIN - page_w, y, weight, size, color, text: page_text });

            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for op in ops {
                match op {
                    Op::Text { x, y, weight, size, color, text } => {
                        surface.set_fill(Some(fill(color)));
                        let font = match weight {
                            Weight::Regular => self.regular.pdf.clone(),
                            Weight::Bold => self.bold.pdf.clone(),
                        };
                        let at = Point::from_xy(x, y);
                        surface.draw_text(at, font, size, &text, false, TextDirection::Auto);
                    }
                    Op::Rect { x, y, w, h, color } => {
                        let mut builder = PathBuilder::new();
                        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                            builder.push_rect(rect);
                        }
                        if let Some(path) = builder.finish() {
                            surface.set_fill(Some(fill(color)));
                            surface.draw_path(&path);
                        }
                    }
                    Op::Image { x, y, w, h, index } => {
                        if let (Some((image, _)), Some(size)) = (self.figures.get(index), Size::from_wh(w, h))
                        {
                            surface.push_transform(&Transform::from_translate(x, y));
                            surface.draw_image(image.clone(), size);
                            surface.pop();
                        }
                    }
                }
            }
            surface.finish();
            page.finish();
        }

        let mut outline = Outline::new();
        for (text, page, y) in std::mem::take(&mut self.outline) {
            outline.push_child(OutlineNode::new(text, XyzDestination::new(page, Point::from_xy(0.0, y))));
        }
        document.set_outline(outline);
        let mut metadata = Metadata::new()
            .title(info.title.to_owned())
            .creator(info.creator.clone())
            .language("en".to_owned());
        if let Some(date) = parse_date(info.date) {
            metadata = metadata.creation_date(date);
        }
        document.set_metadata(metadata);
        document.finish().map_err(|e| self.error(e))
    }

    fn error(&self, error: KrillaError) -> PdfError {
        match error {
            KrillaError::Image(image, _, reason) => {
                let figure = self.figures.iter().find(|(i, _)| *i == image).map_or("a", |(_, which)| which);
                PdfError::Figure { figure, reason }
            }
            KrillaError::SixteenBitImage(image, _) => {
                let figure = self.figures.iter().find(|(i, _)| *i == image).map_or("a", |(_, which)| which);
                PdfError::Figure { figure, reason: "16-bit images are not supported".to_owned() }
            }
            KrillaError::Font(_, reason) => PdfError::Write(format!("font: {reason}")),
            other => PdfError::Write(format!("{other:?}")),
        }
    }
}

fn push_piece(line: &mut Vec<Run>, x: &mut f32, weight: Weight, text: String, width: f32) {
    match line.last_mut() {
        Some(last) if last.weight == weight => last.text.push_str(&text),
        _ => line.push(Run { x: *x, weight, text }),
    }
    *x += width;
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn is_combining(ch: char) -> bool {
    matches!(ch, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}')
}

fn parse_date(date: &str) -> Option<DateTime> {
    let mut parts = date.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| DateTime::new(year).month(month).day(day))
}

#[cfg(test)]
mod tests {
    use super::{Layout, Weight};

    #[test]
    fn ellipsizing_keeps_the_longest_prefix_that_fits() {
        let mut layout = Layout::new().expect("fonts load");
        let short = "Design brief · Peer navigation";
        assert_eq!(layout.ellipsize(Weight::Regular, short, 9.0, 400.0), short);
        let long = "Peer navigation for cancer care ".repeat(20_000);
        let cut = layout.ellipsize(Weight::Regular, &long, 9.0, 400.0);
        assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')), "{cut}");
        assert!(layout.measure(Weight::Regular, &cut, 9.0) <= 400.0);
        let one_more = format!("{}…", &long[..cut.trim_end_matches('…').len() + 1]);
        assert!(layout.measure(Weight::Regular, &one_more, 9.0) > 400.0, "no longer prefix fits");
        assert!(layout.regular.widths.len() + layout.bold.widths.len() < 10, "one-off widths are not kept");
    }
}
