//! The design and its nearest models as a graph: edges between models that
//! are alike enough, groups of closely related models, and a force-directed
//! layout computed once (it settles, then stays still).

use super::packed::Scorer;
use super::{Ranked, SimilarityIndex, Weights};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use std::collections::BTreeMap;

/// The thresholds [`data_threshold`] chooses among.
const THRESHOLDS: [f64; 10] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/// The edge threshold that splits these models into the most groups (of two
/// or more), so a typical design shows several groups rather than one star;
/// ties go to the threshold whose largest group is smallest, then the higher.
/// Used until the user sets a threshold of their own.
pub fn data_threshold(index: &SimilarityIndex, weights: &Weights, ranked: &[Ranked]) -> f64 {
    let scorers: Vec<Scorer> =
        ranked.iter().map(|r| Scorer::new(index.packed(r.index), weights, index.priors())).collect();
    let mut pairs = Vec::new();
    for (i, a) in ranked.iter().enumerate() {
        for (j, b) in ranked.iter().enumerate().skip(i + 1) {
            let score =
                (scorers[i].score(index.packed(b.index)) + scorers[j].score(index.packed(a.index))) / 2.0;
            pairs.push((i, j, score));
        }
    }
    let outcome = |threshold: f64| {
        let mut union = UnionFind::new(ranked.len());
        for &(i, j, score) in &pairs {
            if score >= threshold {
                union.union(i, j);
            }
        }
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for i in 0..ranked.len() {
            *sizes.entry(union.find(i)).or_default() += 1;
        }
        let groups = sizes.values().filter(|s| **s >= 2).count();
        let largest = sizes.values().copied().max().unwrap_or(0);
        (groups, std::cmp::Reverse(largest))
    };
    THRESHOLDS.into_iter().rev().max_by_key(|t| outcome(*t)).unwrap_or(0.75)
}

/// A node: the design itself, or a model with its similarity to the design.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GraphNode {
    Design,
    Model { index: usize, score: f64 },
}

/// Closely related models (connected by edges), named by their commonest title.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub name: String,
    pub members: Vec<NodeIndex>,
}

/// The graph with its layout: one position per node, in a unit-ish plane,
/// the design at the origin.
#[derive(Debug, Clone)]
pub struct ModelGraph {
    pub graph: UnGraph<GraphNode, f64>,
    pub positions: Vec<[f32; 2]>,
    pub groups: Vec<Group>,
    pub threshold: f64,
}

/// Builds the graph of `ranked` models around the design: an edge joins two
/// models whose similarity is at least `threshold`.
pub fn build_graph(
    index: &SimilarityIndex,
    weights: &Weights,
    ranked: &[Ranked],
    threshold: f64,
) -> ModelGraph {
    let mut graph = UnGraph::new_undirected();
    let design = graph.add_node(GraphNode::Design);
    let nodes: Vec<NodeIndex> = ranked
        .iter()
        .map(|r| {
            let node = graph.add_node(GraphNode::Model { index: r.index, score: r.score });
            graph.add_edge(design, node, r.score);
            node
        })
        .collect();
    let mut groups = UnionFind::new(graph.node_count());
    // Each model's scorer compares it with the others at table-read cost;
    // an edge takes the mean of the two directions, so it is the same both ways.
    let scorers: Vec<Scorer> =
        ranked.iter().map(|r| Scorer::new(index.packed(r.index), weights, index.priors())).collect();
    for (i, a) in ranked.iter().enumerate() {
        for (j, b) in ranked.iter().enumerate().skip(i + 1) {
            let score =
                (scorers[i].score(index.packed(b.index)) + scorers[j].score(index.packed(a.index))) / 2.0;
            if score >= threshold {
                graph.add_edge(nodes[i], nodes[j], score);
                groups.union(nodes[i].index(), nodes[j].index());
            }
        }
    }
    let positions = layout(&graph, design);
    ModelGraph { groups: named_groups(index, &graph, &nodes, &mut groups), graph, positions, threshold }
}

fn named_groups(
    index: &SimilarityIndex,
    graph: &UnGraph<GraphNode, f64>,
    nodes: &[NodeIndex],
    union: &mut UnionFind<usize>,
) -> Vec<Group> {
    let mut by_root: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
    for node in nodes {
        by_root.entry(union.find(node.index())).or_default().push(*node);
    }
    let mut groups: Vec<Group> = by_root
        .into_values()
        .filter(|members| members.len() >= 2)
        .map(|members| {
            // Named by the commonest title, counted as the title crosswalk counts them.
            let models: Vec<Ranked> = members
                .iter()
                .filter_map(|node| match graph[*node] {
                    GraphNode::Model { index: i, .. } => Some(Ranked { index: i, score: 0.0 }),
                    GraphNode::Design => None,
                })
                .collect();
            let name = index.title_crosswalk(&models).into_iter().next().map(|(title, _)| title);
            Group { name: name.unwrap_or_default(), members }
        })
        .collect();
    groups.sort_by_key(|group| std::cmp::Reverse(group.members.len()));
    groups
}

/// Force-directed layout (Fruchterman–Reingold with cooling), deterministic:
/// models start on a circle in rank order; the design is pinned at the
/// origin; a model's spring to the design is shorter the more similar it is.
fn layout(graph: &UnGraph<GraphNode, f64>, design: NodeIndex) -> Vec<[f32; 2]> {
    const ITERATIONS: usize = 60;
    let n = graph.node_count();
    let mut positions: Vec<[f32; 2]> = (0..n)
        .map(|i| {
            if i == design.index() {
                return [0.0, 0.0];
            }
            let angle = i as f32 * 2.399_963; // golden angle: even spread
            let radius = 0.3 + 0.7 * (i as f32 / n as f32).sqrt();
            [radius * angle.cos(), radius * angle.sin()]
        })
        .collect();
    let k = (1.0 / n.max(1) as f32).sqrt() * 1.2;
    let mut temperature = 0.15f32;
    let mut shift = vec![[0.0f32; 2]; n];
    // Each spring once: its ends, rest length and stiffness.
    let springs: Vec<(usize, usize, f32, f32)> = graph
        .edge_indices()
        .filter_map(|edge| {
            let (a, b) = graph.edge_endpoints(edge)?;
            let to_design = a == design || b == design;
            let rest = if to_design { 0.15 + 0.85 * (1.0 - graph[edge] as f32) } else { k };
            Some((a.index(), b.index(), rest, if to_design { 0.5 } else { 0.1 }))
        })
        .collect();
    for _ in 0..ITERATIONS {
        shift.iter_mut().for_each(|s| *s = [0.0, 0.0]);
        for i in 0..n {
            for j in (i + 1)..n {
                let d = [positions[i][0] - positions[j][0], positions[i][1] - positions[j][1]];
                let dist2 = (d[0] * d[0] + d[1] * d[1]).max(1e-6);
                let push = k * k / dist2;
                shift[i][0] += d[0] * push;
                shift[i][1] += d[1] * push;
                shift[j][0] -= d[0] * push;
                shift[j][1] -= d[1] * push;
            }
        }
        for &(a, b, rest, stiffness) in &springs {
            let d = [positions[a][0] - positions[b][0], positions[a][1] - positions[b][1]];
            let dist = (d[0] * d[0] + d[1] * d[1]).sqrt().max(1e-4);
            let pull = (dist - rest) / dist * stiffness;
            shift[a][0] -= d[0] * pull;
            shift[a][1] -= d[1] * pull;
            shift[b][0] += d[0] * pull;
            shift[b][1] += d[1] * pull;
        }
        for (i, position) in positions.iter_mut().enumerate() {
            if i == design.index() {
                continue;
            }
            let s = shift[i];
            let length = (s[0] * s[0] + s[1] * s[1]).sqrt().max(1e-9);
            let step = length.min(temperature);
            position[0] += s[0] / length * step;
            position[1] += s[1] / length * step;
        }
        temperature *= 0.92;
    }
    positions
}
