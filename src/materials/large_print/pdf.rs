//! Draws a large-print layout as a tagged PDF/UA-1 document with krilla.

use std::num::NonZeroU16;

use krilla::configure::{Accessibility, ConfigurationBuilder, Validator};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::{Document, SerializeSettings};

use crate::render::RenderError;

use super::layout::{Layout, Line, Role, Shape};

/// Document-level facts written into the PDF.
pub struct DocInfo {
    /// Document title, shown by readers instead of the file name.
    pub title: String,
    /// Seconds since 1970 for the creation date; none when absent.
    pub source_date_epoch: Option<i64>,
}

/// Renders the layout to PDF bytes, validated against PDF/UA-1 by krilla.
pub fn to_pdf(layout: &Layout, info: &DocInfo) -> Result<Vec<u8>, RenderError> {
    let configuration = ConfigurationBuilder::new()
        .set_validator(Validator::Ua(Accessibility::UA1))
        .finish()
        .map_err(RenderError::pdf)?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        compress_content_streams: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let lang = layout.lang.code();
    // Tag groups by role, in reading order; an option split over pages stays one paragraph.
    let mut groups: Vec<(Role, TagGroup)> = Vec::new();
    let mut outline = Outline::new();
    for (page_index, page) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(layout.size.0, layout.size.1)
            .ok_or(RenderError::PageSize { width_pt: layout.size.0, height_pt: layout.size.1 })?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for block in &page.blocks {
            if !groups.last().is_some_and(|(role, _)| *role == block.role) {
                groups.push((
                    block.role,
                    TagGroup::new(tag_for(block.role, block, layout)),
                ));
                if matches!(block.role, Role::Title | Role::ContestTitle) {
                    let text = block_text(block);
                    let top = block.lines.first().map_or(0.0, |l| l.baseline - l.size);
                    outline.push_child(OutlineNode::new(
                        text,
                        XyzDestination::new(page_index, Point::from_xy(0.0, top)),
                    ));
                }
            }
            let group = &mut groups.last_mut().expect("group pushed above").1;
            for line in &block.lines {
                let id =
                    surface.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(Some(lang))));
                draw_line(&mut surface, line);
                surface.end_tagged();
                group.push(id);
            }
        }
        for shape in &page.shapes {
            surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::with_kind(
                ArtifactType::Other,
            )));
            draw_shape(&mut surface, shape);
            surface.end_tagged();
        }
        surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::with_kind(
            ArtifactType::Footer,
        )));
        for line in &page.footer {
            draw_line(&mut surface, line);
        }
        surface.end_tagged();
        surface.finish();
        pdf_page.finish();
    }
    let mut tree = TagTree::new();
    for (_, group) in groups {
        tree.push(group);
    }
    document.set_tag_tree(tree);
    document.set_outline(outline);
    document.set_metadata(crate::draw::pdf::metadata(info.title.clone(), lang, info.source_date_epoch));
    document
        .finish()
        .map_err(RenderError::pdf)
}

fn tag_for(role: Role, block: &super::layout::Block, _layout: &Layout) -> TagKind {
    match role {
        Role::Title => Tag::Hn(NonZeroU16::MIN, Some(block_text(block))).into(),
        Role::ContestTitle => Tag::Hn(
            NonZeroU16::new(2).expect("2 is not zero"),
            Some(block_text(block)),
        )
        .into(),
        Role::Constituency | Role::Instructions | Role::Option(_) => Tag::P.into(),
    }
}

fn block_text(block: &super::layout::Block) -> String {
    block
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn draw_line(surface: &mut Surface, line: &Line) {
    crate::draw::pdf::draw_text(surface, line.x, line.baseline, line.size, line.weight, &line.text);
}

fn draw_shape(surface: &mut Surface, shape: &Shape) {
    let mut builder = PathBuilder::new();
    let width = match *shape {
        Shape::Square { x, y, side } => {
            if let Some(rect) = krilla::geom::Rect::from_xywh(x, y, side, side) {
                builder.push_rect(rect);
            }
            1.5
        }
        Shape::Rule { x1, x2, y } => {
            builder.move_to(x1, y);
            builder.line_to(x2, y);
            0.75
        }
    };
    let Some(path) = builder.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.set_fill(Some(krilla::paint::Fill::default()));
}
