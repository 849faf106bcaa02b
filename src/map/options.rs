//! Answer options of the set-valued questions (Q1, Q3, Q4, Q5, Q6).

use serde::{Deserialize, Serialize};

/// What a user sees about one answer option: its name, a short form for
/// the map picture, a paraphrased definition and the map paper's reference
/// numbers behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionInfo {
    pub key: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    pub definition: &'static str,
    pub refs: &'static [u16],
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
            name: "Relationship building",
            short: "Relationship",
            definition: "Making contact and earning trust. Often the first step and the door to every \
                other function; it takes time with people who meet exclusion and prejudice \
                (a greeting, small talk, listening to someone's story).",
            refs: &[2, 12, 13, 38, 39, 40],
        },
        Emotional => OptionInfo {
            key: "emotional",
            name: "Emotional support",
            short: "Emotional",
            definition: "Empathy rooted in shared experience: listening without judgement, being \
                genuine, offering hope and other ways of seeing things. It eases isolation and \
                validates what the person lives.",
            refs: &[11, 12, 18, 41, 42, 43],
        },
        Navigation => OptionInfo {
            key: "navigation",
            name: "Navigation",
            short: "Navigation",
            definition: "Linking people to health and community services: referrals, appointments \
                and follow-up, going along to visits, practical help with housing, food or money; \
                coordinating care across sectors.",
            refs: &[16, 17, 44, 45, 46],
        },
        Promotion => OptionInfo {
            key: "promotion",
            name: "Promotion",
            short: "Promotion",
            definition: "Health information and behaviour change: education on transmission and \
                treatment, risk habits, simple checks, handing out medication or harm-reduction \
                supplies, and putting medical information into culturally meaningful terms.",
            refs: &[7, 45, 47, 48, 49, 50, 51],
        },
        Advocacy => OptionInfo {
            key: "advocacy",
            name: "Advocacy",
            short: "Advocacy",
            definition: "Carrying a community's needs to the system: mediating, questioning \
                standard ways of knowing, training providers or police, and helping the \
                community take part in decisions.",
            refs: &[16, 20, 30, 34, 52, 53, 54, 55],
        },
    }
);

answer_option!(
    /// Q3: the basis on which peers connect with the people they support.
    Relation {
        LivedExperience => OptionInfo {
            key: "lived_experience",
            name: "Lived experience",
            short: "Lived experience",
            definition: "Having been through the health or social challenge (chronic illness, \
                homelessness, addiction, mental illness, grief). Insider knowledge builds trust \
                and makes the experience feel normal.",
            refs: &[2, 12, 18, 42],
        },
        SocialIdentity => OptionInfo {
            key: "social_identity",
            name: "Shared social identity",
            short: "Social identity",
            definition: "Sharing an identity such as Indigeneity, gender, ethnicity or sexuality. \
                It matters most where care repeats colonial or Eurocentric practice.",
            refs: &[13, 43],
        },
        GeographicCommunity => OptionInfo {
            key: "geographic_community",
            name: "Membership of a local community",
            short: "Local community",
            definition: "Being part of the local community served (a Roma settlement, a Latino \
                neighbourhood): knowing its barriers, translating and speaking up locally; \
                sometimes chosen by the community itself.",
            refs: &[15, 19, 20, 63, 64],
        },
    }
);

answer_option!(
    /// Q4: who acknowledges someone as a peer.
    StatusSource {
        PeopleSupported => OptionInfo {
            key: "people_supported",
            name: "The people supported",
            short: "People supported",
            definition: "Recognition that arises in the encounter itself, from authenticity, \
                safety and interpersonal skill. It cannot be fully planned.",
            refs: &[2, 62],
        },
        Organisation => OptionInfo {
            key: "organisation",
            name: "An organisation or institution",
            short: "Organisation",
            definition: "A formal job or function (badge, office, mentoring by providers). It lends \
                credibility but makes the peer answerable to the organisation's goals, which may \
                differ from the community's.",
            refs: &[2, 9, 20, 40, 65, 66],
        },
        TrainingCertification => OptionInfo {
            key: "training_certification",
            name: "Training and certification",
            short: "Training",
            definition: "Courses and certificates on confidentiality, communication and \
                boundaries. They can bring pay and workforce recognition, and can also exclude \
                (diploma prerequisites) or over-formalise the role.",
            refs: &[9, 12, 20, 38, 52, 55, 63, 67, 68],
        },
    }
);

answer_option!(
    /// Q5: the peer's affiliation, ordered along the community–clinical continuum.
    Affiliation {
        Independent => OptionInfo {
            key: "independent",
            name: "Independent",
            short: "Independent",
            definition: "No formal tie to a programme or organisation, only to a community or \
                group (mutual aid, self-help). Free to resist medical framings, with few resources.",
            refs: &[39, 70, 71],
        },
        CommunityOrg => OptionInfo {
            key: "community_org",
            name: "Community-based organisation",
            short: "Community org.",
            definition: "Flatter governance and more diverse hiring, with more room for peers in \
                management, above all when the organisation is peer-run; power relations remain.",
            refs: &[14, 55, 72, 73],
        },
        ClinicalOrg => OptionInfo {
            key: "clinical_org",
            name: "Clinically based organisation",
            short: "Clinical org.",
            definition: "Clinics, hospitals, health agencies. Peers mostly give direct services, \
                adopt medical language and answer to the institution; they gain access to \
                providers, sometimes better hours, and credibility.",
            refs: &[14, 18, 47, 48, 55, 65, 73],
        },
    }
);

answer_option!(
    /// Q6: where the support happens (independent of the affiliation).
    Space {
        DailyLife => OptionInfo {
            key: "daily_life",
            name: "Daily-life spaces",
            short: "Daily life",
            definition: "Homes, places of worship, cafés and restaurants: wherever people live \
                their lives.",
            refs: &[2, 9, 21, 70],
        },
        Outreach => OptionInfo {
            key: "outreach",
            name: "Street and outreach",
            short: "Outreach",
            definition: "Meeting people where they are (streets, encampments, isolated \
                communities); the line between the role and community life blurs.",
            refs: &[7, 62, 67],
        },
        CommunityOrgSpace => OptionInfo {
            key: "community_org_space",
            name: "Community organisations",
            short: "Community sites",
            definition: "Food banks, shelters, drop-ins; going there with someone helps break \
                stigma.",
            refs: &[40],
        },
        Institutional => OptionInfo {
            key: "institutional",
            name: "Institutional settings",
            short: "Institutions",
            definition: "Clinics, hospitals, courts, prisons. Peers accompany people so their \
                rights are respected, face prejudice, and depend on the team understanding the \
                peer role.",
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
