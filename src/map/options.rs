//! Answer options of the set-valued questions (Q1, Q3, Q4, Q5, Q6).

use crate::i18n::{tr, tr_attribute};
use serde::{Deserialize, Serialize};

/// What a user sees about one answer option: its name, a short form for
/// the map picture and a paraphrased definition (in the user's language,
/// from the message files), and the map paper's reference numbers behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionInfo {
    /// The key in design and corpus files.
    pub key: &'static str,
    /// The message holding its texts.
    message: &'static str,
    pub refs: &'static [u16],
}

impl OptionInfo {
    pub fn name(&self) -> &'static str {
        tr(self.message)
    }

    /// For the map picture, where space is short.
    pub fn short(&self) -> &'static str {
        tr_attribute(self.message, "short")
    }

    pub fn definition(&self) -> &'static str {
        tr_attribute(self.message, "definition")
    }
}

/// An answer option of one of the map's set-valued questions.
pub trait AnswerOption: Copy + Ord + std::fmt::Debug + 'static {
    /// Every option, in the map's order (the order the UI and picture use).
    const ALL: &'static [Self];
    fn info(self) -> &'static OptionInfo;
}

macro_rules! answer_option {
    ($(#[$meta:meta])* $ty:ident { $($variant:ident => $info:expr),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $ty { $($variant),+ }

        impl AnswerOption for $ty {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn info(self) -> &'static OptionInfo {
                match self { $(Self::$variant => &$info),+ }
            }
        }
    };
}

answer_option!(
    /// Q1: why the peer supports others. Programmes usually pursue several.
    Function {
        Relationship => OptionInfo {
            key: "relationship",
            message: "answer-relationship",
            refs: &[2, 12, 13, 38, 39, 40],
        },
        Emotional => OptionInfo {
            key: "emotional",
            message: "answer-emotional",
            refs: &[11, 12, 18, 41, 42, 43],
        },
        Navigation => OptionInfo {
            key: "navigation",
            message: "answer-navigation",
            refs: &[16, 17, 44, 45, 46],
        },
        Promotion => OptionInfo {
            key: "promotion",
            message: "answer-promotion",
            refs: &[7, 45, 47, 48, 49, 50, 51],
        },
        Advocacy => OptionInfo {
            key: "advocacy",
            message: "answer-advocacy",
            refs: &[16, 20, 30, 34, 52, 53, 54, 55],
        },
    }
);

answer_option!(
    /// Q3: the basis on which peers connect with the people they support.
    Relation {
        LivedExperience => OptionInfo {
            key: "lived_experience",
            message: "answer-lived-experience",
            refs: &[2, 12, 18, 42],
        },
        SocialIdentity => OptionInfo {
            key: "social_identity",
            message: "answer-social-identity",
            refs: &[13, 43],
        },
        GeographicCommunity => OptionInfo {
            key: "geographic_community",
            message: "answer-geographic-community",
            refs: &[15, 19, 20, 63, 64],
        },
    }
);

answer_option!(
    /// Q4: who acknowledges someone as a peer.
    StatusSource {
        PeopleSupported => OptionInfo {
            key: "people_supported",
            message: "answer-people-supported",
            refs: &[2, 62],
        },
        Organisation => OptionInfo {
            key: "organisation",
            message: "answer-organisation",
            refs: &[2, 9, 20, 40, 65, 66],
        },
        TrainingCertification => OptionInfo {
            key: "training_certification",
            message: "answer-training-certification",
            refs: &[9, 12, 20, 38, 52, 55, 63, 67, 68],
        },
    }
);

answer_option!(
    /// Q5: the peer's affiliation, ordered along the community–clinical continuum.
    Affiliation {
        Independent => OptionInfo {
            key: "independent",
            message: "answer-independent",
            refs: &[39, 70, 71],
        },
        CommunityOrg => OptionInfo {
            key: "community_org",
            message: "answer-community-org",
            refs: &[14, 55, 72, 73],
        },
        ClinicalOrg => OptionInfo {
            key: "clinical_org",
            message: "answer-clinical-org",
            refs: &[14, 18, 47, 48, 55, 65, 73],
        },
    }
);

answer_option!(
    /// Q6: where the support happens (independent of the affiliation).
    Space {
        DailyLife => OptionInfo {
            key: "daily_life",
            message: "answer-daily-life",
            refs: &[2, 9, 21, 70],
        },
        Outreach => OptionInfo {
            key: "outreach",
            message: "answer-outreach",
            refs: &[7, 62, 67],
        },
        CommunityOrgSpace => OptionInfo {
            key: "community_org_space",
            message: "answer-community-org-space",
            refs: &[40],
        },
        Institutional => OptionInfo {
            key: "institutional",
            message: "answer-institutional",
            refs: &[55, 58, 59, 74, 75],
        },
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_match_serde<T: AnswerOption + Serialize>() {
        for option in T::ALL {
            let json = serde_json::to_string(option).expect("options serialise");
            assert_eq!(json, format!("\"{}\"", option.info().key));
        }
    }

    #[test]
    fn option_keys_are_the_file_keys() {
        keys_match_serde::<Function>();
        keys_match_serde::<Relation>();
        keys_match_serde::<StatusSource>();
        keys_match_serde::<Affiliation>();
        keys_match_serde::<Space>();
    }
}
