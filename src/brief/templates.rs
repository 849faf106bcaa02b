//! Markdown and HTML briefs from templates in `assets/templates/`. Every
//! value from the brief is escaped for its format: HTML by the engine,
//! Markdown by `escape_markdown`.

use super::{Brief, ComparisonBrief, Figures};
use crate::i18n::{colon, decimal, language, say, tr};
use base64::Engine;
use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, HtmlEscape, Output, State, context};
use std::sync::LazyLock;

const MARKDOWN: AutoEscape = AutoEscape::Custom("markdown");

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else if name.ends_with(".md") {
            MARKDOWN
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(format_value);
    // Our own numbers, not user text: nothing to escape (a "0.62" mid-line is not a list item).
    env.add_filter("fixed2", |value: f64| Value::from_safe_string(decimal(value, 2)));
    // A value printed mid-line in Markdown (a DOI after "doi:"): inline markup escaped only.
    env.add_filter("inline", |value: String| {
        let mut escaped = String::with_capacity(value.len());
        escape_inline(&value, &mut escaped);
        Value::from_safe_string(escaped)
    });
    // The brief's own words, in the language it is written in (ours, not user text);
    // a message's variables are escaped for the format, as any value printed alone.
    env.add_function("t", message);
    env.add_filter("colon", |label: String| Value::from_safe_string(colon(&label)));
    env.add_template("brief.html", include_str!("../../assets/templates/brief.html"))
        .expect("the HTML brief template parses (checked by tests)");
    env.add_template("brief.md", include_str!("../../assets/templates/brief.md"))
        .expect("the Markdown brief template parses (checked by tests)");
    env.add_template("comparison.html", include_str!("../../assets/templates/comparison.html"))
        .expect("the HTML comparison template parses (checked by tests)");
    env.add_template("comparison.md", include_str!("../../assets/templates/comparison.md"))
        .expect("the Markdown comparison template parses (checked by tests)");
    env
});

/// `t("id")`, or `t("id", name=value, …)` for a message with variables: the
/// message is ours, each value is escaped as `format_value` would print it.
fn message(state: &State, id: String, args: Kwargs) -> Result<Value, Error> {
    let names: Vec<&str> = args.args().collect();
    if names.is_empty() {
        return Ok(Value::from_safe_string(tr(&id).to_owned()));
    }
    let mut values: Vec<(&str, String)> = Vec::with_capacity(names.len());
    for name in names {
        let value: Value = args.get(name)?;
        let text = value.to_string();
        let escaped = if value.is_safe() {
            text
        } else if state.auto_escape() == MARKDOWN {
            escape_markdown(&text)
        } else if matches!(state.auto_escape(), AutoEscape::Html) {
            HtmlEscape(&text).to_string()
        } else {
            text
        };
        values.push((name, escaped));
    }
    args.assert_all_used()?;
    Ok(Value::from_safe_string(say(&id, &values)))
}

/// Writes template values: Markdown-escaped in `.md` templates, otherwise the engine's own escaping.
fn format_value(out: &mut Output, state: &State, value: &Value) -> Result<(), Error> {
    if state.auto_escape() == MARKDOWN && !value.is_safe() && !value.is_none() {
        let text = value.to_string();
        return out.write_str(&escape_markdown(&text)).map_err(Error::from);
    }
    minijinja::escape_formatter(out, state, value)
}

/// Makes user text print literally in Markdown: no emphasis, links, HTML,
/// table cells, headings or list items can be smuggled in.
pub fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            escaped.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        escaped.push_str(indent);
        let starts_block = trimmed.starts_with(['#', '-', '+', '=', '>'])
            || trimmed
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if starts_block {
            escaped.push('\\');
        }
        escape_inline(trimmed, &mut escaped);
    }
    escaped
}

/// Escapes what Markdown reads as markup within a line (emphasis, links,
/// HTML, table cells), for a value printed mid-line, where a leading "10."
/// cannot start a list.
fn escape_inline(text: &str, escaped: &mut String) {
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                escaped.push('\\');
                escaped.push(c);
            }
            _ => escaped.push(c),
        }
    }
}

/// The brief as one self-contained HTML file, figures embedded.
pub fn render_html(brief: &Brief, figures: &Figures) -> Result<String, Error> {
    let data_uri = |png: &[u8]| {
        (!png.is_empty()).then(|| {
            let encoded = base64::engine::general_purpose::STANDARD.encode(png);
            Value::from_safe_string(format!("data:image/png;base64,{encoded}"))
        })
    };
    TEMPLATES.get_template("brief.html")?.render(context! {
        lang => language().code(),
        map_figure => data_uri(&figures.map_png),
        graph_figure => data_uri(&figures.graph_png),
        atlas_figure => data_uri(&figures.atlas_png),
        ..Value::from_serialize(brief)
    })
}

/// The brief as Markdown; figures are linked by the given relative file names.
pub fn render_markdown(
    brief: &Brief,
    map_figure: Option<&str>,
    graph_figure: Option<&str>,
    atlas_figure: Option<&str>,
) -> Result<String, Error> {
    let link =
        |name: Option<&str>| name.map(|n| Value::from_safe_string(escape_markdown(n).replace(' ', "%20")));
    TEMPLATES.get_template("brief.md")?.render(context! {
        map_figure => link(map_figure),
        graph_figure => link(graph_figure),
        atlas_figure => link(atlas_figure),
        ..Value::from_serialize(brief)
    })
}

/// A comparison as one self-contained HTML file, in this thread's language.
pub fn render_comparison_html(comparison: &ComparisonBrief) -> Result<String, Error> {
    TEMPLATES.get_template("comparison.html")?.render(context! {
        lang => language().code(),
        ..Value::from_serialize(comparison)
    })
}

/// A comparison as Markdown, in this thread's language.
pub fn render_comparison_markdown(comparison: &ComparisonBrief) -> Result<String, Error> {
    TEMPLATES.get_template("comparison.md")?.render(Value::from_serialize(comparison))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_keeps_text_literal() {
        assert_eq!(escape_markdown("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(escape_markdown("# not a heading\n- nor a list"), "\\# not a heading\n\\- nor a list");
        assert_eq!(escape_markdown("a | b *c* [d](e)"), "a \\| b \\*c\\* \\[d\\](e)");
        assert_eq!(escape_markdown("12. June"), "\\12. June");
        assert_eq!(escape_markdown("Café Ærø, peer-run"), "Café Ærø, peer-run");
    }
}
