//! The design among its nearest models: pan (drag or scroll) and zoom
//! (Ctrl+scroll or pinch), hover a node for details, click a model to compare it.

use super::atlas_picture::shortened;
use crate::app::{AppState, Command};
use crate::corpus::issue_text;
use crate::i18n::{colon, decimal, tr, tr_args};
use crate::similarity::{GraphNode, ModelGraph, SimilarityIndex};
use crate::taxonomy;
use egui::{Color32, Pos2, Rect, RichText, Stroke, Ui, vec2};

/// Scene units per layout unit.
const SCALE: f32 = 320.0;

/// One colour per issue of the taxonomy, in its order, so no two issues share one.
const ISSUE_COLOURS: [Color32; 18] = [
    Color32::from_rgb(0xB0, 0x3A, 0x5B),
    Color32::from_rgb(0xE0, 0x8E, 0xB8),
    Color32::from_rgb(0x4F, 0x55, 0xC4),
    Color32::from_rgb(0xC2, 0x8B, 0x12),
    Color32::from_rgb(0xD0, 0x5A, 0x2E),
    Color32::from_rgb(0xA3, 0x1F, 0x1F),
    Color32::from_rgb(0x8E, 0x44, 0xAD),
    Color32::from_rgb(0xE6, 0x7E, 0x22),
    Color32::from_rgb(0x4C, 0x9A, 0x2A),
    Color32::from_rgb(0x1A, 0xBC, 0x9C),
    Color32::from_rgb(0x6E, 0x2C, 0x00),
    Color32::from_rgb(0x34, 0x49, 0x5E),
    Color32::from_rgb(0x7F, 0x6A, 0x4F),
    Color32::from_rgb(0x00, 0x7A, 0xCC),
    Color32::from_rgb(0x5D, 0x6D, 0x7E),
    Color32::from_rgb(0x1B, 0x1F, 0x3B),
    Color32::from_rgb(0x2E, 0x86, 0xC1),
    Color32::from_rgb(0x13, 0x8D, 0x7A),
];

/// The colour of an issue's silo (grey when the model names no issue key).
pub fn issue_colour(issue: &str) -> Color32 {
    taxonomy::issues()
        .iter()
        .position(|t| t.key == issue)
        .map_or(Color32::GRAY, |i| ISSUE_COLOURS[i % ISSUE_COLOURS.len()])
}

pub fn graph_view_ui(ui: &mut Ui, state: &AppState, scene_rect: &mut Rect, commands: &mut Vec<Command>) {
    let Some(graph) = state.similar.graph() else { return };
    let index = state.similar.index();
    egui::Panel::top("graph_controls").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let mut threshold = graph.threshold;
            let response = ui
                .add(
                    egui::Slider::new(&mut threshold, 0.3..=1.0)
                        .text(tr("command-graph-threshold"))
                        .fixed_decimals(2),
                )
                .on_hover_text(tr("graph-threshold"));
            if response.drag_stopped() || (response.changed() && !response.dragged()) {
                commands.push(Command::SetGraphThreshold(Some(threshold)));
            }
            let mut automatic = state.similar.graph_threshold.is_none();
            if ui
                .checkbox(&mut automatic, tr("graph-automatic"))
                .on_hover_text(tr("graph-automatic.tooltip"))
                .changed()
            {
                commands.push(Command::SetGraphThreshold((!automatic).then_some(graph.threshold)));
            }
            ui.separator();
            ui.weak(tr_args(
                "graph-count",
                &[("models", (graph.graph.node_count() - 1).into()), ("links", link_count(graph).into())],
            ));
            if ui.button(tr("graph-fit")).on_hover_text(tr("graph-fit.tooltip")).clicked() {
                *scene_rect = graph_bounds(graph);
            }
            ui.weak(tr("graph-navigate"));
        });
        groups_ui(ui, graph);
        legend_ui(ui, graph, index);
    });
    if !scene_rect.is_finite() || !scene_rect.is_positive() {
        *scene_rect = graph_bounds(graph);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let scene = egui::Scene::new().zoom_range(0.2..=4.0);
        scene.show(ui, scene_rect, |ui| graph_ui(ui, graph, index, commands));
    });
}

fn link_count(graph: &ModelGraph) -> usize {
    graph
        .graph
        .edge_indices()
        .filter(|e| {
            graph.graph.edge_endpoints(*e).is_some_and(|(a, b)| {
                !matches!(graph.graph[a], GraphNode::Design) && !matches!(graph.graph[b], GraphNode::Design)
            })
        })
        .count()
}

/// The graph as a still figure for the brief: the same drawing, fitted to the space given.
pub fn graph_figure_ui(ui: &mut Ui, graph: &ModelGraph, index: &SimilarityIndex) {
    legend_ui(ui, graph, index);
    let mut bounds = graph_bounds(graph);
    egui::Scene::new()
        .zoom_range(0.1..=4.0)
        .show(ui, &mut bounds, |ui| graph_ui(ui, graph, index, &mut Vec::new()));
}

/// Which colour is which issue (silo).
fn legend_ui(ui: &mut Ui, graph: &ModelGraph, index: &SimilarityIndex) {
    let mut issues: Vec<&str> = graph
        .graph
        .node_weights()
        .filter_map(|node| match node {
            GraphNode::Model { index: i, .. } => Some(&*index.entry(*i).issue),
            GraphNode::Design => None,
        })
        .collect();
    issues.sort_unstable();
    issues.dedup();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(colon(tr("graph-issues"))).strong());
        for issue in issues {
            let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.0, issue_colour(issue));
            ui.label(issue_text(issue, "")).on_hover_text(issue);
        }
    });
}

fn groups_ui(ui: &mut Ui, graph: &ModelGraph) {
    if graph.groups.is_empty() {
        ui.weak(tr("graph-no-groups"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(colon(tr("detail-groups"))).strong());
        for group in &graph.groups {
            ui.label(format!("{} ({})", group.name, group.members.len()));
        }
    });
}

/// Node labels, in scene units: legible when the whole graph is fitted to the window.
const LABEL_SIZE: f32 = 19.0;

/// Each group as a soft hull around its members, with its name above it.
fn groups_hulls(ui: &Ui, graph: &ModelGraph, ink: Color32) {
    for group in &graph.groups {
        let points: Vec<[f32; 2]> = group
            .members
            .iter()
            .map(|n| {
                let p = to_scene(graph, n.index());
                [p.x, p.y]
            })
            .collect();
        let hull: Vec<Pos2> =
            crate::atlas::convex_hull(points).into_iter().map(|p| Pos2::new(p[0], p[1])).collect();
        let fill = ink.gamma_multiply(0.05);
        match hull.len() {
            0 => continue,
            1 | 2 => {
                let (a, b) = (hull[0], *hull.last().unwrap_or(&hull[0]));
                ui.painter().line_segment([a, b], Stroke::new(36.0, fill));
            }
            _ => {
                ui.painter().add(egui::Shape::convex_polygon(hull.clone(), fill, Stroke::new(36.0, fill)));
            }
        }
        let top = hull.iter().copied().min_by(|a, b| a.y.total_cmp(&b.y)).unwrap_or(Pos2::ZERO);
        if !group.name.is_empty() {
            ui.painter().text(
                top - vec2(0.0, 24.0),
                egui::Align2::CENTER_BOTTOM,
                format!("{} ({})", group.name, group.members.len()),
                egui::FontId::proportional(LABEL_SIZE * 1.15),
                ink.gamma_multiply(0.6),
            );
        }
    }
}

/// Where a node sits in the scene.
fn to_scene(graph: &ModelGraph, node: usize) -> Pos2 {
    Pos2::new(graph.positions[node][0] * SCALE, graph.positions[node][1] * SCALE)
}

/// The scene area that holds every node, with room for labels.
fn graph_bounds(graph: &ModelGraph) -> Rect {
    let points: Vec<Pos2> = (0..graph.positions.len()).map(|i| to_scene(graph, i)).collect();
    Rect::from_points(&points).expand(60.0)
}

fn graph_ui(ui: &mut Ui, graph: &ModelGraph, index: &SimilarityIndex, commands: &mut Vec<Command>) {
    let to_scene = |i: usize| to_scene(graph, i);
    ui.allocate_rect(graph_bounds(graph), egui::Sense::hover());
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().text_color();
    let edge_colour = if dark { Color32::from_gray(90) } else { Color32::from_gray(200) };
    for edge in graph.graph.edge_indices() {
        let Some((a, b)) = graph.graph.edge_endpoints(edge) else { continue };
        let to_design =
            matches!(graph.graph[a], GraphNode::Design) || matches!(graph.graph[b], GraphNode::Design);
        let stroke = if to_design {
            Stroke::new(0.6, edge_colour.gamma_multiply(0.5))
        } else {
            Stroke::new(0.5 + 2.0 * graph.graph[edge] as f32, edge_colour)
        };
        ui.painter().line_segment([to_scene(a.index()), to_scene(b.index())], stroke);
    }
    groups_hulls(ui, graph, ink);
    let mut labels: Vec<Rect> = Vec::new();
    for node in graph.graph.node_indices() {
        let centre = to_scene(node.index());
        match graph.graph[node] {
            GraphNode::Design => {
                ui.painter().circle_filled(centre, 16.0, ink);
                ui.painter().text(
                    centre + vec2(0.0, 22.0),
                    egui::Align2::CENTER_TOP,
                    tr("figure-your-design"),
                    egui::FontId::proportional(LABEL_SIZE * 1.2),
                    ink,
                );
            }
            GraphNode::Model { index: i, score } => {
                let Some(model) = index.model(i) else { continue };
                let radius = 4.0 + 10.0 * score as f32;
                // Each node is a widget, so it can be hovered, clicked and reached by assistive tools.
                let hit = Rect::from_center_size(centre, vec2(2.0 * radius + 6.0, 2.0 * radius + 6.0));
                let response = ui.interact(hit, ui.id().with(("graph_node", i)), egui::Sense::click());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::WidgetType::Button, true, model.shown_name())
                });
                let stroke = if response.hovered() { Stroke::new(2.5, ink) } else { Stroke::NONE };
                ui.painter().circle(centre, radius, issue_colour(&model.issue), stroke);
                // Nodes are added in rank order after the design, so a node's index is its rank;
                // nearer models are labelled first and a label that would overlap another is left out.
                let text = format!("{}. {}", node.index(), shortened(model.shown_name(), 26));
                let galley = ui.painter().layout_no_wrap(
                    text,
                    egui::FontId::proportional(LABEL_SIZE),
                    ink.gamma_multiply(0.85),
                );
                let at = centre + vec2(radius + 3.0, -radius - galley.size().y);
                let area = Rect::from_min_size(at, galley.size()).expand(1.0);
                if labels.iter().all(|placed| !placed.intersects(area)) {
                    labels.push(area);
                    ui.painter().galley(at, galley, ink);
                } else {
                    ui.painter().text(
                        centre + vec2(radius + 2.0, -radius),
                        egui::Align2::LEFT_BOTTOM,
                        node.index().to_string(),
                        egui::FontId::proportional(10.0),
                        ink.gamma_multiply(0.7),
                    );
                }
                let response = response.on_hover_ui(|ui| {
                    ui.strong(format!("{} ({})", model.shown_name(), model.kind.label()));
                    let similarity = tr_args("graph-similarity", &[("score", decimal(score, 2).into())]);
                    ui.label(format!("{similarity} · {} · {}", model.issue_text(), model.region));
                    ui.weak(model.titles.join(", "));
                    ui.weak(model.coding_summary());
                    ui.weak(tr("graph-click"));
                });
                if response.clicked() {
                    commands.push(Command::Compare(model.id.clone()));
                }
            }
        }
    }
}
