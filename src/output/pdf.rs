//! The handout as a PDF on A4, the page that is printed and the public `evaluate --format pdf`:
//! first the plan ("Dit eerst": the steps in order), then the rights, then the checklist, in
//! large type, with page numbers, and no item split across pages. With a second language, the
//! two stand side by side, item by item (a right-to-left language in the right-hand column).
//! Text is shaped and laid out by `layout` (rustybuzz, unicode-bidi), the PDF written by krilla.

mod layout;

use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use rechtenwijzer_core::i18n::{I18n, ids};
use rechtenwijzer_core::model::status::Status;
use rechtenwijzer_core::report::ReportView;
use rechtenwijzer_core::report::plan::Plan;
use rechtenwijzer_core::report::view::RightView;
use rechtenwijzer_core::text::clean;

pub use layout::Fonts;
pub(crate) use layout::isolate_latin;
use layout::{Line, Setting};

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
/// 15 mm around the text; the page number sits in the bottom margin.
const MARGIN: f32 = 42.5;
const BOTTOM: f32 = 58.0;
/// Between the two columns of a bilingual handout.
const GUTTER: f32 = 20.0;

/// Why no PDF could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// A built-in font could not be read (a broken build).
    Fonts,
    /// The PDF writer refused (a bug).
    Write(String),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::Fonts => write!(f, "the built-in fonts cannot be read"),
            PdfError::Write(why) => write!(f, "the PDF could not be written: {why}"),
        }
    }
}

/// What a paragraph is: its size and weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// The page's title.
    Title,
    /// A part: the plan, the rights, the checklist.
    Heading,
    /// A step, a status, an office.
    Subheading,
    /// A right's or a document's name.
    Strong,
    /// Body text.
    Body,
    /// Less important text: where to get a document, the channels.
    Small,
}

impl Style {
    /// The size in points at full (single-column) scale.
    fn size(self) -> f32 {
        match self {
            Style::Title => 19.0,
            Style::Heading => 16.0,
            Style::Subheading => 14.0,
            Style::Strong | Style::Body => 13.0,
            Style::Small => 11.5,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading | Style::Subheading | Style::Strong)
    }
}

/// What stands before a paragraph's first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// Nothing, no indent.
    None,
    /// A bullet.
    Bullet,
    /// An empty box to tick (the checklist).
    Box,
    /// A box to tick one step further in (the documents of a step).
    InnerBox,
    /// Nothing, but indented like the others.
    Indent,
}

/// A paragraph of a block.
struct Para {
    style: Style,
    marker: Marker,
    text: String,
}

fn para(style: Style, marker: Marker, text: &str) -> Para {
    Para { style, marker, text: clean(text) }
}

/// An item: never split across pages.
struct Block {
    paras: Vec<Para>,
    /// Stays on the page of the block after it (a heading).
    keep_with_next: bool,
    /// Drawn in a box (the warning about bank codes).
    framed: bool,
    /// Extra space before (a new part).
    space_before: f32,
    /// The step (index) whose line this is, after its title.
    continues: Option<usize>,
}

/// Space between items, in points.
const ITEM_GAP: f32 = 5.0;

fn block(paras: Vec<Para>) -> Block {
    Block { paras, keep_with_next: false, framed: false, space_before: ITEM_GAP, continues: None }
}

/// An item that goes on from the one before (the next line of a step): it may start a new page,
/// but is not set apart.
fn line_item(paras: Vec<Para>) -> Block {
    Block { paras, keep_with_next: false, framed: false, space_before: 0.0, continues: None }
}

fn heading(paras: Vec<Para>, space_before: f32) -> Block {
    Block { paras, keep_with_next: true, framed: false, space_before, continues: None }
}

/// The handout of one language as blocks: the plan, the rights, the checklist; and per step of
/// the plan, its title for a page it goes on to. Every language of the same session gives the
/// same blocks in the same order, so they pair up side by side.
fn blocks(view: &ReportView, i18n: &I18n) -> (Vec<Block>, Vec<Block>) {
    use Marker as M;
    use Style as S;
    let mut out = Vec::new();
    let mut continued = Vec::new();
    let mut header = vec![para(S::Title, M::None, &view.title), para(S::Small, M::None, &view.disclaimer)];
    header.extend(view.unreviewed.iter().map(|note| para(S::Small, M::None, note)));
    out.push(block(header));
    // No office ever asks for bank codes: said at the top, where it is seen.
    out.push(Block {
        paras: vec![para(S::Body, M::None, &view.bank_codes)],
        keep_with_next: false,
        framed: true,
        space_before: ITEM_GAP,
        continues: None,
    });

    let plan = Plan::new(view, i18n);
    out.push(heading(vec![para(S::Heading, M::None, &plan.heading), para(S::Body, M::None, &plan.intro)], 8.0));
    // A step may go on over a page, but never one of its lines: each thing to ask (with its
    // sentence) and each document is an item; the step's title stays with its first line.
    for (step_index, step) in plan.steps.iter().enumerate() {
        let first = out.len();
        let mut title = vec![para(S::Subheading, M::None, &step.title)];
        title.extend(step.how.iter().map(|how| para(S::Small, M::Indent, how)));
        out.push(heading(title, ITEM_GAP + 2.0));
        for ask in &step.asks {
            let mut paras = vec![para(S::Strong, M::Bullet, &ask.text)];
            paras.extend(ask.say.iter().map(|say| para(S::Body, M::Indent, say)));
            out.push(line_item(paras));
        }
        if !step.bring.is_empty() {
            out.push(Block { keep_with_next: true, ..line_item(vec![para(S::Body, M::Indent, &step.bring_heading)]) });
            out.extend(step.bring.iter().map(|document| line_item(vec![para(S::Body, M::InnerBox, document)])));
        }
        // The step's lines after its title: a page that starts with one repeats the title.
        for block in &mut out[first + 1..] {
            block.continues = Some(step_index);
        }
        continued.push(heading(vec![para(S::Subheading, M::None, &step.continued)], 0.0));
    }
    for text in plan.nothing_to_do.iter().chain(&plan.undecided) {
        out.push(block(vec![para(S::Body, M::None, text)]));
    }

    // The rights to act on, briefly: the plan already says where to go and what to say, and
    // names what comes by itself. A right the plan asks for at its office is not described
    // again unless it has a deadline.
    let asked = |id: &str| plan.steps.iter().flat_map(|step| &step.asks).any(|ask| ask.right == id);
    let shown: Vec<(&String, Vec<&RightView>)> = view
        .groups
        .iter()
        .filter(|group| !matches!(group.status, Status::Unlikely | Status::Automatic | Status::Already))
        .map(|group| {
            let rights = group
                .rights
                .iter()
                .filter_map(|&right| view.rights.get(right))
                .filter(|right| !asked(&right.id) || right.deadline.is_some())
                .collect::<Vec<_>>();
            (&group.heading, rights)
        })
        .filter(|(_, rights)| !rights.is_empty())
        .collect();
    if !shown.is_empty() {
        out.push(heading(vec![para(S::Heading, M::None, &i18n.msg("ui-handout-rights"))], 10.0));
    }
    for (group_heading, rights) in shown {
        out.push(heading(vec![para(S::Subheading, M::None, group_heading)], 4.0));
        for right in rights {
            let mut paras = vec![para(S::Strong, M::Bullet, &right.name_with_dutch)];
            if !right.missing.is_empty() {
                // Undecided for want of answers: the plan says so; the list of missing answers
                // is for the screen.
                out.push(line_item(paras));
                continue;
            }
            let deadline = right.deadline.iter().map(|text| i18n.text("ui-deadline", &[("text", text.clone().into())]));
            let lines: Vec<String> = right.reasons.iter().cloned().chain(deadline).collect();
            paras.extend(lines.iter().map(|line| para(S::Small, M::Indent, line)));
            out.push(block(paras));
        }
    }

    // Where to get each document the plan asks to bring, once.
    out.push(heading(vec![para(S::Heading, M::None, &i18n.msg("ui-documents-title"))], 10.0));
    let wanted: Vec<&String> = plan.steps.iter().flat_map(|step| &step.bring_ids).collect();
    if wanted.is_empty() {
        out.push(block(vec![para(S::Body, M::None, &i18n.msg("ui-documents-none"))]));
    }
    let mut listed: Vec<&str> = Vec::new();
    for need in view.checklist.iter().flat_map(|office| &office.documents) {
        if listed.contains(&need.document.id.as_str()) || !wanted.contains(&&need.document.id) {
            continue;
        }
        listed.push(&need.document.id);
        out.push(block(vec![
            // The plan gave the Dutch name beside it already.
            para(S::Strong, M::Box, &i18n.msg(&ids::document(&need.document.id))),
            para(S::Small, M::Indent, &need.where_text),
        ]));
    }
    (out, continued)
}

/// A column of the page: where it is and which way it reads.
#[derive(Debug, Clone, Copy)]
struct Column {
    x: f32,
    width: f32,
    right_to_left: bool,
    /// Type size relative to the single-column handout.
    scale: f32,
}

/// A paragraph broken into lines.
#[derive(Clone)]
struct LaidPara {
    lines: Vec<Line>,
    size: f32,
    leading: f32,
    indent: f32,
    marker: Marker,
}

/// A block laid out in one column.
#[derive(Clone)]
struct LaidBlock {
    paras: Vec<LaidPara>,
    framed: bool,
    height: f32,
}

const FRAME_PADDING: f32 = 6.0;
/// Space after a paragraph, in ems.
const PARA_GAP: f32 = 0.2;

fn lay_block(fonts: &Fonts, block: &Block, column: Column) -> LaidBlock {
    let padding = if block.framed { FRAME_PADDING } else { 0.0 };
    let mut height = 2.0 * padding;
    let mut paras = Vec::new();
    for para in &block.paras {
        let size = para.style.size() * column.scale;
        let indent = match para.marker {
            Marker::None => 0.0,
            Marker::InnerBox => 2.8 * size,
            Marker::Bullet | Marker::Box | Marker::Indent => 1.4 * size,
        };
        // Arabic needs room above and below its letters for the marks.
        let leading = size * if column.right_to_left { 1.4 } else { 1.2 };
        let width = (column.width - indent - 2.0 * padding) / size;
        let setting = Setting { text: &para.text, right_to_left: column.right_to_left, bold: para.style.bold() };
        let lines = fonts.lines(&setting, width);
        height += lines.iter().map(|_| leading).sum::<f32>() + PARA_GAP * size;
        paras.push(LaidPara { lines, size, leading, indent, marker: para.marker });
    }
    LaidBlock { paras, framed: block.framed, height }
}

/// One row of the page: a block per column, side by side.
#[derive(Clone)]
struct Row {
    cells: Vec<(LaidBlock, Column)>,
    keep_with_next: bool,
    space_before: f32,
    height: f32,
    /// The step (index) whose line this is.
    continues: Option<usize>,
}

/// The rows placed on pages: for each page, each row with its top. A page that starts inside a
/// step of the plan starts with the step's title again (`headers`, per step).
fn paginate(rows: Vec<Row>, headers: &[Row]) -> Vec<Vec<(f32, Row)>> {
    let bottom = PAGE_HEIGHT - BOTTOM;
    let mut pages: Vec<Vec<(f32, Row)>> = vec![Vec::new()];
    let mut y = MARGIN;
    // A new page, headed by the title of the step that `next` goes on with.
    let new_page = |pages: &mut Vec<Vec<(f32, Row)>>, next: Option<&Row>| -> f32 {
        let mut page = Vec::new();
        let mut y = MARGIN;
        if let Some(header) = next.and_then(|row| row.continues).and_then(|step| headers.get(step)) {
            page.push((y, header.clone()));
            y += header.height;
        }
        pages.push(page);
        y
    };
    let mut rows = rows.into_iter().peekable();
    let mut pending: Vec<Row> = Vec::new();
    while let Some(row) = rows.next() {
        let keep = row.keep_with_next && rows.peek().is_some();
        pending.push(row);
        if keep {
            continue;
        }
        // Rows kept together (a heading and what follows it) go to a new page when they do not
        // fit on this one but do on a fresh one; a group taller than a page flows row by row.
        let needed: f32 = pending.iter().map(|row| row.space_before + row.height).sum();
        let fresh = pages.last().is_none_or(Vec::is_empty);
        if !fresh && y + needed > bottom && MARGIN + needed <= bottom {
            y = new_page(&mut pages, pending.first());
        }
        for row in pending.drain(..) {
            let fresh = pages.last().is_none_or(Vec::is_empty);
            let mut space = if fresh { 0.0 } else { row.space_before };
            if !fresh && y + space + row.height > bottom {
                y = new_page(&mut pages, Some(&row));
                space = 0.0;
            }
            y += space;
            let height = row.height;
            if let Some(page) = pages.last_mut() {
                page.push((y, row));
            }
            y += height;
        }
    }
    pages
}

/// The blocks of every column side by side, laid out: row `i` holds block `i` of each.
fn rows_of(fonts: &Fonts, columns: &[(Column, &Part)], blocks: impl Fn(&Part) -> &Vec<Block>) -> Vec<Row> {
    let count = columns.iter().map(|(_, part)| blocks(part).len()).max().unwrap_or(0);
    let mut rows = Vec::with_capacity(count);
    for index in 0..count {
        let mut cells = Vec::new();
        let mut keep_with_next = false;
        let mut space_before: f32 = 0.0;
        let mut continues = None;
        for (column, part) in columns {
            let Some(block) = blocks(part).get(index) else { continue };
            keep_with_next |= block.keep_with_next;
            space_before = space_before.max(block.space_before);
            continues = continues.or(block.continues);
            cells.push((lay_block(fonts, block, *column), *column));
        }
        let height = cells.iter().map(|(laid, _)| laid.height).fold(0.0, f32::max);
        rows.push(Row { cells, keep_with_next, space_before, height, continues });
    }
    rows
}

/// Stand-ins for the page number and the page count in the page label, which is worded before
/// the pages are counted (Fluent puts a string argument in as it is).
const PAGE: &str = "\u{E000}";
const PAGES: &str = "\u{E001}";

/// The handout of one language, worded: ready to lay out without the messages.
struct Part {
    right_to_left: bool,
    language: String,
    title: String,
    blocks: Vec<Block>,
    /// Per step of the plan, its title for a page it goes on to.
    continued: Vec<Block>,
    /// "Blad \u{E000} van \u{E001}".
    page_label: String,
}

/// The handout worded in one or two languages: owned text only, so it can be laid out and
/// written in another thread (printing never holds up the screen).
pub struct Handout {
    parts: Vec<Part>,
}

/// The handout's words: one language, or two side by side (`parts[1]` the second; any more are
/// left out).
pub fn handout(parts: &[(&ReportView, &I18n)]) -> Handout {
    let parts = parts
        .iter()
        .take(2)
        .map(|&(view, i18n)| {
            let (blocks, continued) = blocks(view, i18n);
            Part {
                right_to_left: view.right_to_left,
                language: view.language.clone(),
                title: clean(&view.title),
                blocks,
                continued,
                page_label: i18n.text("ui-handout-page", &[("page", PAGE.into()), ("pages", PAGES.into())]),
            }
        })
        .collect();
    Handout { parts }
}

/// The handout as PDF: one language, or two side by side (`parts[1]` the second).
pub fn pdf(parts: &[(&ReportView, &I18n)]) -> Result<Vec<u8>, PdfError> {
    handout(parts).render()
}

impl Handout {
    /// Lays the handout out on A4 pages and writes the PDF.
    pub fn render(&self) -> Result<Vec<u8>, PdfError> {
        let fonts = Fonts::load().ok_or(PdfError::Fonts)?;
        let Some(first) = self.parts.first() else { return Err(PdfError::Write("no language".into())) };
        let text_width = PAGE_WIDTH - 2.0 * MARGIN;
        let columns: Vec<(Column, &Part)> = match self.parts.get(1) {
            None => {
                vec![(Column { x: MARGIN, width: text_width, right_to_left: first.right_to_left, scale: 1.0 }, first)]
            }
            Some(second) => {
                let width = (text_width - GUTTER) / 2.0;
                let left = Column { x: MARGIN, width, right_to_left: false, scale: 0.86 };
                let right = Column { x: MARGIN + width + GUTTER, ..left };
                // A right-to-left language reads from the right: its column is the right-hand one.
                let (first_column, second_column) =
                    if first.right_to_left && !second.right_to_left { (right, left) } else { (left, right) };
                vec![
                    (Column { right_to_left: first.right_to_left, ..first_column }, first),
                    (Column { right_to_left: second.right_to_left, ..second_column }, second),
                ]
            }
        };
        let rows = rows_of(&fonts, &columns, |part| &part.blocks);
        let headers = rows_of(&fonts, &columns, |part| &part.continued);
        let pages = paginate(rows, &headers);

        let mut document = Document::new();
        document.set_metadata(
            Metadata::new().title(first.title.clone()).language(first.language.clone()).creator("Rechtenwijzer".into()),
        );
        let size = Size::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| PdfError::Write("page size".into()))?;
        let total = pages.len().to_string();
        for (number, page_rows) in pages.iter().enumerate() {
            let mut page = document.start_page_with(PageSettings::new(size));
            let mut surface = page.surface();
            for (top, row) in page_rows {
                for (laid, column) in &row.cells {
                    draw_block(&mut surface, laid, *column, *top);
                }
            }
            for (column, part) in &columns {
                let label = part.page_label.replace(PAGE, &(number + 1).to_string()).replace(PAGES, &total);
                let setting = Setting { text: &clean(&label), right_to_left: column.right_to_left, bold: false };
                let size = Style::Small.size() * column.scale;
                for line in fonts.lines(&setting, f32::MAX) {
                    let x = column.x + (column.width - line.width * size) / 2.0;
                    draw_line(&mut surface, &line, x, PAGE_HEIGHT - MARGIN + 12.0, size);
                }
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|error| PdfError::Write(format!("{error:?}")))
    }
}

fn draw_block(surface: &mut Surface<'_>, laid: &LaidBlock, column: Column, top: f32) {
    let padding = if laid.framed { FRAME_PADDING } else { 0.0 };
    if laid.framed
        && let Some(rect) = Rect::from_xywh(column.x, top, column.width, laid.height)
    {
        stroke_rect(surface, rect, 2.0);
    }
    let mut y = top + padding;
    for para in &laid.paras {
        for (index, line) in para.lines.iter().enumerate() {
            // The baseline sits at about four fifths of the line.
            let baseline = y + para.leading * 0.78;
            // The marker stands in the indent, at its reading start.
            let marker_offset = if para.marker == Marker::InnerBox { 1.4 * para.size } else { 0.0 };
            let (x, marker_x) = if column.right_to_left {
                let right = column.x + column.width - padding - para.indent;
                (right - line.width * para.size, right + 0.35 * para.size + marker_offset)
            } else {
                (column.x + padding + para.indent, column.x + padding + 0.2 * para.size + marker_offset)
            };
            if index == 0 {
                draw_marker(surface, para.marker, marker_x, baseline, para.size);
            }
            draw_line(surface, line, x, baseline, para.size);
            y += para.leading;
        }
        y += PARA_GAP * para.size;
    }
}

fn draw_line(surface: &mut Surface<'_>, line: &Line, mut x: f32, baseline: f32, size: f32) {
    for run in &line.runs {
        surface.draw_glyphs(Point::from_xy(x, baseline), &run.glyphs, run.font.clone(), &run.text, size, false);
        x += run.width * size;
    }
}

fn draw_marker(surface: &mut Surface<'_>, marker: Marker, x: f32, baseline: f32, size: f32) {
    let side = 0.72 * size;
    match marker {
        Marker::Box | Marker::InnerBox => {
            if let Some(rect) = Rect::from_xywh(x, baseline - side, side, side) {
                stroke_rect(surface, rect, 1.2);
            }
        }
        Marker::Bullet => {
            let dot = 0.3 * size;
            if let Some(rect) = Rect::from_xywh(x + (side - dot) / 2.0, baseline - 0.32 * size - dot / 2.0, dot, dot) {
                let mut builder = PathBuilder::new();
                builder.push_rect(rect);
                if let Some(path) = builder.finish() {
                    surface.set_fill(Some(krilla::paint::Fill::default()));
                    surface.draw_path(&path);
                }
            }
        }
        Marker::None | Marker::Indent => {}
    }
}

fn stroke_rect(surface: &mut Surface<'_>, rect: Rect, width: f32) {
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    if let Some(path) = builder.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke { width, ..Stroke::default() }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(krilla::paint::Fill::default()));
    }
}
