//! Refines the landmark-MDS start so that neighbours by the formula stay
//! neighbours on the picture: a neighbour embedding in the manner of UMAP
//! (attraction along each position's nearest-neighbour edges, repulsion from
//! sampled others, a Cauchy kernel, a decaying step), single-threaded with a
//! fixed-seed generator so the same corpus always gives the same picture.

/// Epochs of refinement for a small corpus; large ones need fewer passes
/// (each pass moves every point many times), as UMAP does.
const EPOCHS: usize = 200;
/// Attractive updates the refinement aims for in all, which sets the epochs of a large corpus.
const UPDATE_BUDGET: usize = 4_000_000;
/// The fewest epochs, however large the corpus.
const MIN_EPOCHS: usize = 40;
/// Repulsive samples per attractive edge.
const NEGATIVES: usize = 5;

/// A small deterministic generator (xorshift64*), for negative sampling.
struct Generator(u64);

impl Generator {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

/// Moves `points` so that each edge (i, j) pulls its ends together and
/// random pairs push apart. `points` should start spread over a few units.
pub fn refine(points: &mut [[f32; 2]], edges: &[(usize, usize)]) {
    let n = points.len();
    if n < 3 || edges.is_empty() {
        return;
    }
    let mut generator = Generator(0x9E37_79B9_7F4A_7C15);
    let epochs = (UPDATE_BUDGET / edges.len()).clamp(MIN_EPOCHS, EPOCHS);
    for epoch in 0..epochs {
        let step = 1.0 - epoch as f32 / epochs as f32;
        for &(i, j) in edges {
            let (dx, dy) = (points[i][0] - points[j][0], points[i][1] - points[j][1]);
            let d2 = dx * dx + dy * dy;
            let pull = -2.0 / (1.0 + d2);
            for (axis, delta) in [dx, dy].into_iter().enumerate() {
                let move_by = (pull * delta).clamp(-4.0, 4.0) * step;
                points[i][axis] += move_by;
                points[j][axis] -= move_by;
            }
            for _ in 0..NEGATIVES {
                let other = generator.below(n);
                if other == i {
                    continue;
                }
                let (dx, dy) = (points[i][0] - points[other][0], points[i][1] - points[other][1]);
                let d2 = dx * dx + dy * dy;
                let push = 2.0 / ((0.001 + d2) * (1.0 + d2));
                for (axis, delta) in [dx, dy].into_iter().enumerate() {
                    points[i][axis] += (push * delta).clamp(-4.0, 4.0) * step;
                }
            }
        }
    }
}
