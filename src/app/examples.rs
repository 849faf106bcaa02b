//! Example designs shipped inside the binary (Help → Examples).

/// A bundled example design.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    pub file_name: &'static str,
    pub title: &'static str,
    pub blurb: &'static str,
    pub json: &'static str,
}

/// The examples, in menu order.
pub static EXAMPLES: [Example; 3] = [
    Example {
        file_name: "hospital-navigation.peermap.json",
        title: "Hospital cancer navigation",
        blurb: "Peer navigators in a city hospital: a structured, clinically affiliated role",
        json: include_str!("../../assets/examples/hospital-navigation.peermap.json"),
    },
    Example {
        file_name: "peer-run-drop-in.peermap.json",
        title: "Peer-run drop-in",
        blurb: "A peer-run community drop-in: open-ended support grounded in lived experience",
        json: include_str!("../../assets/examples/peer-run-drop-in.peermap.json"),
    },
    Example {
        file_name: "chw-outreach.peermap.json",
        title: "Community health worker outreach",
        blurb: "Local community health workers doing outreach and home visits with protocols",
        json: include_str!("../../assets/examples/chw-outreach.peermap.json"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::from_json;
    use std::path::Path;

    #[test]
    fn every_example_loads_and_answers_all_six_questions() {
        for example in &EXAMPLES {
            let design = from_json(example.json.as_bytes(), Path::new(example.file_name))
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(design.answers.answered_count(), 6, "{}", example.file_name);
            assert!(!design.name.is_empty());
        }
    }
}
