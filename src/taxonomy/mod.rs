//! The controlled vocabularies a programme's context is filed under: the
//! issue (health domain) it addresses, the population groups it is built
//! for, and the countries it runs in, each country in a world region. Keys
//! keep filters, statistics and the across-silos switch exact where free
//! text ("USA", "United States", "Britain") would split one place in three.

mod countries;
mod vocabulary;

pub use countries::{Country, countries, country, parse_countries};
pub use vocabulary::{Term, groups, issue, issues, normalise_issue, region, regions};
