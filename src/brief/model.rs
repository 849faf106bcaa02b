//! The design brief as plain data: everything a reader needs, already worded,
//! so every output format (Markdown, HTML, PDF, JSON) shows the same content.

use crate::i18n::tr;
use serde::Serialize;

/// A whole brief. Built once from a design and the corpus, then rendered.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    /// The programme's name (user text).
    pub title: String,
    /// ISO date the brief was made (YYYY-MM-DD).
    pub date: String,
    pub app_version: String,
    /// e.g. "96 models (bundled 2026-11, 0 of your own)".
    pub corpus_version: String,
    pub context: BriefContext,
    pub answers: Vec<BriefAnswer>,
    /// Most similar models, best first.
    pub similar: Vec<BriefModel>,
    /// Which kinds of model were ranked, and on how many answered questions.
    pub ranking: String,
    /// What the graph figure shows: nodes, sizes, lines and colours.
    pub graph_caption: String,
    /// What the atlas figure shows: the whole corpus, its families and the design.
    pub atlas_caption: String,
    /// Titles that nearby programmes use, most frequent first.
    pub crosswalk: Vec<TitleCount>,
    /// Set when no model sits near the design: the warning and the nearest model per facet.
    pub unexplored: Option<Unexplored>,
    /// Considerations triggered by the answers, then the ones every brief includes.
    pub considerations: Vec<BriefConsideration>,
    /// Every source cited above, numbered in order of first citation.
    pub references: Vec<BriefReference>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BriefContext {
    pub population: String,
    pub issue: String,
    pub titles: Vec<String>,
    pub region: String,
    pub description: String,
    /// Aims, expected outcomes, budget and timeline, those the team filled in.
    pub plan: Vec<PlanLine>,
}

/// One funder-facing line of the context ("Budget": the team's words).
#[derive(Debug, Clone, Serialize)]
pub struct PlanLine {
    pub label: String,
    pub text: String,
}

impl BriefContext {
    /// The labelled context lines every format shows (as the HTML and
    /// Markdown templates word them), "not given" where empty.
    pub fn rows(&self) -> [(&'static str, String); 4] {
        let given =
            |text: String| if text.trim().is_empty() { tr("brief-not-given").to_string() } else { text };
        [
            (tr("context-population"), given(self.population.clone())),
            (tr("context-issue"), given(self.issue.clone())),
            (tr("context-titles"), given(self.titles.join(", "))),
            (tr("context-place"), given(self.region.clone())),
        ]
    }
}

/// One of the six questions with the design's answer in plain language.
#[derive(Debug, Clone, Serialize)]
pub struct BriefAnswer {
    /// 1..=6
    pub number: u8,
    /// "Peers' roles", "Pathways to becoming a peer", "Practice settings".
    pub facet: String,
    /// e.g. "Functions".
    pub title: String,
    /// The question as asked, e.g. "What are the objectives of the peer's support?"
    pub prompt: String,
    /// The answer in one sentence, or "Not answered yet."
    pub answer: String,
    /// Definitions of the chosen options.
    pub definitions: Vec<Definition>,
    /// The team's "how we do this here" note (user text, may be empty).
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    pub term: String,
    pub text: String,
    /// Numbers into `Brief::references`.
    pub refs: Vec<usize>,
}

/// A corpus model near the design.
#[derive(Debug, Clone, Serialize)]
pub struct BriefModel {
    pub rank: usize,
    pub id: String,
    pub name: String,
    /// "Programme", "Role family", "Movement" or "Framework".
    pub kind: String,
    /// Similarity in [0, 1].
    pub score: f64,
    /// "5 of 6 questions coded (3 stated, 2 inferred)".
    pub known: String,
    pub titles: Vec<String>,
    pub issue: String,
    pub region: String,
    /// What the model reported learning, each "(inferred)" where the coder read it from the results.
    pub lessons: Vec<String>,
    /// One row per question.
    pub agreement: Vec<QuestionAgreement>,
    /// What this model does that the design does not, one line each.
    pub differences: Vec<String>,
    /// Number into `Brief::references`.
    pub citation: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionAgreement {
    /// e.g. "Functions".
    pub question: String,
    /// In [0, 1]; `None` when either side left the question unanswered.
    pub agreement: Option<f64>,
    /// What the question counted with (the corpus expectation for an unknown answer).
    pub counted: Option<f64>,
    /// The readable explanation ("both navigation; you add promotion").
    pub summary: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TitleCount {
    pub title: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Unexplored {
    pub message: String,
    /// "Peers' roles: Name of model (0.72)" per facet.
    pub nearest_per_facet: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BriefConsideration {
    pub id: String,
    /// "Roles", "Pathways", "Settings" or "Always".
    pub section: String,
    /// Short heading.
    pub title: String,
    /// The consideration in our own words.
    pub text: String,
    /// Why it applies ("Functions include navigation"), empty for always-included items.
    pub trigger: String,
    /// The works it rests on, e.g. "Panaite et al. 2024 §7.2; MacLellan et al. 2015"; `refs` numbers them.
    pub source_label: String,
    /// Numbers into `Brief::references`.
    pub refs: Vec<usize>,
    /// The team's note when they marked it addressed.
    pub addressed: Option<String>,
    pub always: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BriefReference {
    /// 1-based, as cited in the text.
    pub number: usize,
    /// The full citation in one line, without the DOI.
    pub text: String,
    pub doi: Option<String>,
}

/// PNG images shown in the brief, made from the same drawing as on screen.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub map_png: Vec<u8>,
    pub graph_png: Vec<u8>,
    /// The whole corpus with the design placed on it.
    pub atlas_png: Vec<u8>,
}
