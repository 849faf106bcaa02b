//! Every change a user can make to a design, as data, so that menus,
//! panels, undo and tests all go through one door.

use super::{Design, Formality, FunctionRole, PlanField};
use crate::i18n::{say, tr};
use crate::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use crate::perspectives::{self, Settle};

/// One change to a design.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Name(String),
    Population(String),
    /// A taxonomy issue key, or empty for none.
    Issue(String),
    IssueDetail(String),
    Countries(Vec<String>),
    Region(String),
    Description(String),
    /// Aims, expected outcomes, budget or timeline.
    Plan(PlanField, String),
    Titles(Vec<String>),
    /// Include a function with a role, or remove it (`None`).
    Function(Function, Option<FunctionRole>),
    Formality(Option<Formality>),
    Relation(Relation, bool),
    Status(StatusSource, bool),
    Affiliation(Affiliation, bool),
    PeerRun(bool),
    Space(Space, bool),
    Note(Question, String),
    /// How much a question counts in similarity (0 to 3).
    Weight(Question, f64),
    /// How much sharing the design's issue counts (0 to 3).
    IssueWeight(f64),
    ResetWeights,
    /// Mark a consideration addressed (with an empty note) or not addressed.
    Addressed(String, bool),
    /// The note on how a consideration was addressed; marks it addressed.
    AddressedNote(String, String),
    /// A new perspective (its name made unique if taken).
    AddPerspective(String),
    RenamePerspective(usize, String),
    RemovePerspective(usize),
    /// An answer or note edit made to one perspective's own position.
    InPerspective(usize, Box<Edit>),
    /// Set the shared answer to a question from the perspectives.
    Settle(Question, Settle),
    /// How the group decided the shared answer to a question.
    Decision(Question, String),
}

/// Which field an edit touches. Consecutive edits of a field that merges
/// (typing, dragging) become one undo step until the gesture ends.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditKey {
    Name,
    Population,
    IssueDetail,
    Region,
    Description,
    Plan(PlanField),
    Formality,
    Note(Question),
    Weight(Question),
    IssueWeight,
    AddressedNote(String),
    PerspectiveName(usize),
    InPerspective(usize, Box<EditKey>),
    Decision(Question),
}

impl Edit {
    /// The field this edit continues, if consecutive edits of it should merge.
    pub fn merge_key(&self) -> Option<EditKey> {
        match self {
            Edit::Name(_) => Some(EditKey::Name),
            Edit::Population(_) => Some(EditKey::Population),
            Edit::IssueDetail(_) => Some(EditKey::IssueDetail),
            Edit::Region(_) => Some(EditKey::Region),
            Edit::Description(_) => Some(EditKey::Description),
            Edit::Plan(field, _) => Some(EditKey::Plan(*field)),
            Edit::Formality(_) => Some(EditKey::Formality),
            Edit::Note(question, _) => Some(EditKey::Note(*question)),
            Edit::Weight(question, _) => Some(EditKey::Weight(*question)),
            Edit::IssueWeight(_) => Some(EditKey::IssueWeight),
            Edit::AddressedNote(id, _) => Some(EditKey::AddressedNote(id.clone())),
            Edit::RenamePerspective(index, _) => Some(EditKey::PerspectiveName(*index)),
            Edit::InPerspective(index, edit) => {
                edit.merge_key().map(|key| EditKey::InPerspective(*index, Box::new(key)))
            }
            Edit::Decision(question, _) => Some(EditKey::Decision(*question)),
            Edit::Titles(_)
            | Edit::Issue(_)
            | Edit::Countries(_)
            | Edit::Function(..)
            | Edit::Relation(..)
            | Edit::Status(..)
            | Edit::Affiliation(..)
            | Edit::PeerRun(_)
            | Edit::Space(..)
            | Edit::ResetWeights
            | Edit::Addressed(..)
            | Edit::AddPerspective(_)
            | Edit::RemovePerspective(_)
            | Edit::Settle(..) => None,
        }
    }

    /// A few words naming what the edit changes, for "Undo …" and "Redo …",
    /// in the window's language.
    pub fn describe(&self) -> String {
        let about = |id: &str, question: Question| say(id, &[("question", question.title().to_lowercase())]);
        match self {
            Edit::Name(_) => tr("edit-name").into(),
            Edit::Population(_) => tr("edit-population").into(),
            Edit::Issue(_) => tr("edit-issue").into(),
            Edit::IssueDetail(_) => tr("edit-issue-detail").into(),
            Edit::Countries(_) => tr("edit-countries").into(),
            Edit::Region(_) => tr("edit-region").into(),
            Edit::Description(_) => tr("edit-description").into(),
            Edit::Plan(field, _) => field.label().to_lowercase(),
            Edit::Titles(_) => tr("edit-titles").into(),
            Edit::Function(function, _) => function.info().name().to_lowercase(),
            Edit::Formality(_) => tr("edit-formality").into(),
            Edit::Relation(option, _) => option.info().name().to_lowercase(),
            Edit::Status(option, _) => option.info().name().to_lowercase(),
            Edit::Affiliation(option, _) => option.info().name().to_lowercase(),
            Edit::PeerRun(_) => tr("edit-peer-run").into(),
            Edit::Space(option, _) => option.info().name().to_lowercase(),
            Edit::Note(question, _) => about("edit-note", *question),
            Edit::Weight(question, _) => about("edit-weight", *question),
            Edit::IssueWeight(_) => tr("edit-issue-weight").into(),
            Edit::ResetWeights => tr("edit-weights").into(),
            Edit::Addressed(..) => tr("edit-addressed").into(),
            Edit::AddressedNote(..) => tr("edit-addressed-note").into(),
            Edit::AddPerspective(_) => tr("edit-perspective-add").into(),
            Edit::RenamePerspective(..) => tr("edit-perspective-rename").into(),
            Edit::RemovePerspective(_) => tr("edit-perspective-remove").into(),
            Edit::InPerspective(_, edit) => edit.describe(),
            Edit::Settle(question, _) => about("edit-agree", *question),
            Edit::Decision(question, _) => about("edit-decision", *question),
        }
    }

    /// The most characters the edited text may hold (see [`super::limits`]).
    pub fn text_limit(&self) -> Option<usize> {
        use super::limits::{LINE_CHARS, NAME_CHARS, TEXT_CHARS};
        match self {
            Edit::Name(_) | Edit::AddPerspective(_) | Edit::RenamePerspective(..) => Some(NAME_CHARS),
            Edit::InPerspective(_, edit) => edit.text_limit(),
            Edit::Population(_) | Edit::IssueDetail(_) | Edit::Region(_) | Edit::Titles(_) => {
                Some(LINE_CHARS)
            }
            Edit::Description(_)
            | Edit::Plan(..)
            | Edit::Note(..)
            | Edit::AddressedNote(..)
            | Edit::Decision(..) => Some(TEXT_CHARS),
            _ => None,
        }
    }

    /// The edit with its text cut to the limits, however it arrived (typed, pasted, scripted).
    fn within_limits(self) -> Edit {
        use super::limits::{LIST_ITEMS, clamp};
        let Some(limit) = self.text_limit() else { return self };
        match self {
            Edit::Name(text) => Edit::Name(clamp(text, limit)),
            Edit::Population(text) => Edit::Population(clamp(text, limit)),
            Edit::IssueDetail(text) => Edit::IssueDetail(clamp(text, limit)),
            Edit::Region(text) => Edit::Region(clamp(text, limit)),
            Edit::Description(text) => Edit::Description(clamp(text, limit)),
            Edit::Plan(field, text) => Edit::Plan(field, clamp(text, limit)),
            Edit::Note(question, text) => Edit::Note(question, clamp(text, limit)),
            Edit::AddressedNote(id, text) => Edit::AddressedNote(id, clamp(text, limit)),
            Edit::AddPerspective(text) => Edit::AddPerspective(clamp(text, limit)),
            Edit::RenamePerspective(index, text) => Edit::RenamePerspective(index, clamp(text, limit)),
            Edit::Decision(question, text) => Edit::Decision(question, clamp(text, limit)),
            Edit::Titles(titles) => {
                Edit::Titles(titles.into_iter().take(LIST_ITEMS).map(|t| clamp(t, limit)).collect())
            }
            other => other,
        }
    }

    /// Applies the edit; returns whether the design changed.
    pub fn apply(self, design: &mut Design) -> bool {
        let before = design.clone();
        let edit = self.within_limits();
        let answers = &mut design.answers;
        match edit {
            Edit::Name(name) => design.name = name,
            Edit::Population(text) => design.context.population = text,
            Edit::Issue(key) => design.context.issue = key,
            Edit::IssueDetail(text) => design.context.issue_detail = text,
            Edit::Countries(codes) => {
                design.context.countries = codes.into_iter().take(super::limits::LIST_ITEMS).collect();
            }
            Edit::Region(text) => design.context.region = text,
            Edit::Description(text) => design.context.description = text,
            Edit::Plan(field, text) => *field.value_mut(&mut design.context) = text,
            Edit::Titles(titles) => design.context.titles = titles,
            Edit::Function(function, Some(role)) => {
                answers.functions.insert(function, role);
            }
            Edit::Function(function, None) => {
                answers.functions.remove(&function);
            }
            Edit::Formality(formality) => answers.formality = formality,
            Edit::Relation(option, on) => toggle(&mut answers.relations, option, on),
            Edit::Status(option, on) => toggle(&mut answers.status, option, on),
            Edit::Affiliation(option, on) => {
                toggle(&mut answers.affiliations, option, on);
                if option == Affiliation::CommunityOrg && !on {
                    answers.peer_run = false;
                }
            }
            Edit::PeerRun(on) => {
                answers.peer_run = on;
                if on {
                    answers.affiliations.insert(Affiliation::CommunityOrg);
                }
            }
            Edit::Space(option, on) => toggle(&mut answers.spaces, option, on),
            Edit::Weight(question, weight) => design.weights.set(question, weight),
            Edit::IssueWeight(weight) => design.weights.set_issue(weight),
            Edit::ResetWeights => design.weights = Default::default(),
            Edit::Addressed(id, true) => {
                design.addressed.entry(id).or_default();
            }
            Edit::Addressed(id, false) => {
                design.addressed.remove(&id);
            }
            Edit::AddressedNote(id, note) => {
                design.addressed.insert(id, note);
            }
            Edit::Note(question, text) => {
                if text.is_empty() {
                    design.notes.remove(&question);
                } else {
                    design.notes.insert(question, text);
                }
            }
            Edit::AddPerspective(name) => perspectives::edits::add(design, &name),
            Edit::RenamePerspective(index, name) => perspectives::edits::rename(design, index, &name),
            Edit::RemovePerspective(index) => perspectives::edits::remove(design, index),
            Edit::InPerspective(index, edit) => perspectives::edits::in_perspective(design, index, *edit),
            Edit::Settle(question, how) => {
                perspectives::settle(design, question, how);
            }
            Edit::Decision(question, text) => {
                if text.trim().is_empty() {
                    design.decisions.remove(&question);
                } else {
                    design.decisions.insert(question, text);
                }
            }
        }
        *design != before
    }
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, option: T, on: bool) {
    if on {
        set.insert(option);
    } else {
        set.remove(&option);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_run_implies_a_community_organisation() {
        let mut design = Design::default();
        assert!(Edit::PeerRun(true).apply(&mut design));
        assert!(design.answers.affiliations.contains(&Affiliation::CommunityOrg));
        Edit::Affiliation(Affiliation::CommunityOrg, false).apply(&mut design);
        assert!(!design.answers.peer_run, "peer-run cannot outlive its organisation");
    }

    #[test]
    fn an_edit_that_changes_nothing_says_so() {
        let mut design = Design::default();
        assert!(!Edit::Space(Space::Outreach, false).apply(&mut design));
        assert!(Edit::Space(Space::Outreach, true).apply(&mut design));
        assert!(!Edit::Space(Space::Outreach, true).apply(&mut design));
    }

    #[test]
    fn an_empty_note_is_removed() {
        let mut design = Design::default();
        Edit::Note(Question::Status, "paid staff".into()).apply(&mut design);
        assert_eq!(design.note(Question::Status), "paid staff");
        Edit::Note(Question::Status, String::new()).apply(&mut design);
        assert!(design.notes.is_empty());
    }
}
