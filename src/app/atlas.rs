//! The atlas view's state: the layout of the corpus (worked out on a thread
//! of its own once per corpus version), the design's place on it (once per
//! design revision), what the models are coloured by, and a selection.

use super::worker::Worker;
use crate::atlas::{Atlas, ColourBy};
use crate::design::Design;
use crate::similarity::{PackedPosition, Side, SimilarityIndex};
use std::sync::Arc;

/// What the atlas view shows and remembers.
#[derive(Default)]
pub struct AtlasState {
    pub colour_by: ColourBy,
    atlas: Option<(u64, Arc<Atlas>)>,
    job: Option<(u64, Worker<Atlas>)>,
    design_point: Option<(u64, u64, [f32; 2])>,
}

impl AtlasState {
    /// Starts laying out the corpus of `generation` if that is not done or under way.
    pub fn request(&mut self, generation: u64, index: Arc<SimilarityIndex>) {
        let done = self.atlas.as_ref().is_some_and(|(g, _)| *g == generation);
        let running = self.job.as_ref().is_some_and(|(g, _)| *g == generation);
        if !done && !running {
            self.job = Some((generation, Worker::spawn(move || Atlas::compute(&index))));
        }
    }

    /// Picks up a finished layout; true when one arrived.
    pub fn poll(&mut self) -> bool {
        let Some((generation, job)) = &self.job else { return false };
        let Some(atlas) = job.poll(|| Atlas::compute(&SimilarityIndex::new(Vec::new()))) else {
            return false;
        };
        self.atlas = Some((*generation, Arc::new(atlas)));
        self.job = None;
        self.design_point = None;
        true
    }

    /// Waits for a layout being made (tests, the command line).
    pub fn wait(&mut self) {
        if let Some((generation, job)) = self.job.take() {
            let atlas = job.wait(|| Atlas::compute(&SimilarityIndex::new(Vec::new())));
            self.atlas = Some((generation, Arc::new(atlas)));
            self.design_point = None;
        }
    }

    pub fn is_computing(&self) -> bool {
        self.job.is_some()
    }

    /// The layout, if it is for the corpus of `generation`.
    pub fn atlas(&self, generation: u64) -> Option<&Arc<Atlas>> {
        self.atlas.as_ref().filter(|(g, _)| *g == generation).map(|(_, atlas)| atlas)
    }

    /// Places the design (cheap when neither it nor the corpus changed).
    pub fn update_design(&mut self, design: &Design, revision: u64, generation: u64) {
        let Some(atlas) = self.atlas(generation) else { return };
        if self.design_point.is_some_and(|(r, g, _)| r == revision && g == generation) {
            return;
        }
        let point = atlas.layout.place(&PackedPosition::of(Side::from(design)));
        self.design_point = Some((revision, generation, point));
    }

    /// The design's place as of the last `update_design`.
    pub fn design_point(&self) -> Option<[f32; 2]> {
        self.design_point.map(|(_, _, point)| point)
    }
}
