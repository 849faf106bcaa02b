//! Counts over the corpus: how many models, from where, in which silos,
//! and how often each question is answered.

use super::columns::answered_sql;
use super::store::Store;
use super::store_error::StoreError;
use crate::map::Question;

/// What the corpus holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusStats {
    pub total: usize,
    pub bundled: usize,
    pub user: usize,
    /// Models per issue, most frequent first (ties by name).
    pub per_issue: Vec<(String, usize)>,
    /// Models answering each question, in the map's order (Q1..Q6).
    pub answered_per_question: [usize; 6],
}

impl Store {
    pub fn stats(&self) -> Result<CorpusStats, StoreError> {
        let conn = self.connection();
        let count = |n: i64| usize::try_from(n).unwrap_or(0);
        let answered = Question::ALL.map(|q| format!("coalesce(sum({}), 0)", answered_sql(q))).join(", ");
        let sql = format!(
            "SELECT count(*), coalesce(sum(origin = 'bundled'), 0), coalesce(sum(origin = 'user'), 0), {answered} \
             FROM model"
        );
        let (totals, answered_per_question) = conn
            .query_row(&sql, [], |row| {
                let totals = [row.get::<_, i64>(0)?, row.get(1)?, row.get(2)?];
                let mut answered = [0; 6];
                for (i, slot) in answered.iter_mut().enumerate() {
                    *slot = count(row.get(3 + i)?);
                }
                Ok((totals, answered))
            })
            .map_err(|e| self.sqlite(e))?;
        let per_issue = conn
            .prepare_cached(
                "SELECT issue, count(*) AS n FROM model GROUP BY issue ORDER BY n DESC, issue COLLATE NOCASE",
            )
            .and_then(|mut s| s.query_map([], |row| Ok((row.get(0)?, count(row.get(1)?))))?.collect())
            .map_err(|e| self.sqlite(e))?;
        Ok(CorpusStats {
            total: count(totals[0]),
            bundled: count(totals[1]),
            user: count(totals[2]),
            per_issue,
            answered_per_question,
        })
    }
}
