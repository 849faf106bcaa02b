//! A plain-text, one-screen summary of a design (for `peermap check`).

use super::{Answers, Design};
use crate::i18n::{decimal, tr, tr_args};
use crate::map::{AnswerOption, Facet, FormalityAnchor, Question};
use std::fmt::Write;

/// The design's context and six answers, in the map's order.
pub fn summary(design: &Design) -> String {
    let mut out = String::new();
    let context = &design.context;
    let _ = writeln!(out, "{}", design.display_name());
    let issue = crate::corpus::issue_text(&context.issue, &context.issue_detail);
    for (label, value) in [
        (tr("detail-population"), context.population.as_str()),
        (tr("detail-issue"), issue.as_str()),
        (tr("summary-region"), context.region.as_str()),
    ] {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "  {label:<11} {}", value.trim());
        }
    }
    if !context.titles.is_empty() {
        let _ = writeln!(out, "  {:<11} {}", tr("detail-titles"), context.titles.join(", "));
    }
    for facet in Facet::ALL {
        let _ = writeln!(out, "{}", facet.name());
        for question in facet.questions() {
            let label = format!("Q{} {}", question.number(), question.title());
            let _ = writeln!(out, "  {label:<16} {}", answer_text(&design.answers, question));
        }
    }
    let notes = design.notes.values().filter(|n| !n.trim().is_empty()).count();
    let answered = [("answered", design.answers.answered_count().into()), ("notes", notes.into())];
    let _ = writeln!(out, "{}", tr_args("summary-answered", &answered));
    out
}

/// One answer in words ("not answered" when empty).
pub fn answer_text(answers: &Answers, question: Question) -> String {
    if !answers.is_answered(question) {
        return tr("answer-not-answered").into();
    }
    match question {
        Question::Functions => answers
            .functions
            .keys()
            .map(|f| {
                let name = f.info().name().to_lowercase();
                if answers.is_primary(*f) {
                    tr_args("explain-primary", &[("name", name.into())])
                } else {
                    name
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Question::Formality => answers
            .formality
            .map(|f| {
                let anchor = FormalityAnchor::nearest(f.value());
                let anchor = anchor.name().to_lowercase();
                tr_args("answer-near", &[("value", decimal(f.value(), 2).into()), ("anchor", anchor.into())])
            })
            .unwrap_or_default(),
        Question::Relations => names(&answers.relations),
        Question::Status => names(&answers.status),
        Question::Affiliations => {
            let mut text = names(&answers.affiliations);
            if answers.peer_run {
                text = tr_args("answer-peer-run", &[("names", text.into())]);
            }
            text
        }
        Question::Spaces => names(&answers.spaces),
    }
}

fn names<'a, T: AnswerOption>(options: impl IntoIterator<Item = &'a T>) -> String {
    options.into_iter().map(|o| o.info().name().to_lowercase()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::{Formality, FunctionRole};
    use crate::map::Function;

    #[test]
    fn summary_lists_every_question_and_marks_primary_functions() {
        let mut design = Design { name: "Ward navigators".into(), ..Design::default() };
        design.answers.functions.insert(Function::Navigation, FunctionRole::Primary);
        design.answers.functions.insert(Function::Emotional, FunctionRole::Secondary);
        design.answers.formality = Formality::new(0.7).ok();
        let text = summary(&design);
        assert!(text.starts_with("Ward navigators\n"));
        assert!(text.contains("navigation (primary)"));
        assert!(text.contains("emotional support"));
        assert!(text.contains("0.70, near \"structured role"));
        assert_eq!(text.matches("not answered").count(), 4);
        assert!(text.contains("Answered 2 of 6"));
    }
}
