package org.hashiya.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.hashiya.model.Label;
import org.hashiya.model.Span;

/**
 * Draws, above the first character of every visible span, a small tag with its label's name, and a
 * frame around the selected span. Tags sit in the line spacing, so they never cover letters; only
 * spans on the lines in view are drawn, so long articles paint as fast as short ones.
 */
public final class SpanMarkers {

	/** The room above each line for the tags, in pixels. */
	public static final int TAG_HEIGHT = 13;
	private static final int TAG_PADDING = 2;
	private static final int FRAME_WIDTH = 2;
	/** Tags are drawn in reading order, an enclosing span's before those inside it. */
	private static final Comparator<Span> DRAWING_ORDER = Comparator.comparingInt(Span::getBegin).thenComparing(Comparator.comparingInt(Span::getEnd).reversed());

	private final StyledText text;
	private final Supplier<List<Span>> spans;
	private final Function<Label, Color> colours;
	private final Font tagFont;
	/** The spans beginning in [shownFrom, shownTo), in drawing order; null after the spans changed. */
	private Span[] shown;
	private int shownFrom;
	private int shownTo;
	private Span selected;
	/**
	 * The caret position before a span's first letter, by offset, relative to the top of its line.
	 * Asking StyledText walks the whole wrapped paragraph in Pango each time, so places are kept
	 * while the lines wrap at the same width in the same font (spans change colours, never sizes).
	 */
	private final Map<Integer, Point> starts = new HashMap<>();
	/** The bounds of the letters in [frameBegin, frameEnd), the selected span's, relative to the top of its line; kept likewise. */
	private Rectangle frame;
	private int frameBegin;
	private int frameEnd;
	private int placesWidth = -1;
	private Font placesFont;
	/** The size of each label's name in the tag font. */
	private final Map<String, Point> extents = new HashMap<>();

	public SpanMarkers(StyledText text, Supplier<List<Span>> spans, Function<Label, Color> colours) {
		this.text = text;
		this.spans = spans;
		this.colours = colours;
		FontData[] data = text.getFont().getFontData();
		Arrays.stream(data).forEach(fontData -> fontData.setHeight(7));
		tagFont = new Font(text.getDisplay(), data);
		text.addPaintListener(this::paint);
		text.addDisposeListener(event -> tagFont.dispose());
	}

	/** The spans changed: look for those in view again on the next paint. */
	public void spansChanged() {
		shown = null;
	}

	/** Frames {@code span} (or none) instead of the span framed so far, redrawing only around the two. */
	public void select(Span span) {
		redrawFrame(selected);
		selected = span;
		redrawFrame(span);
	}

	/**
	 * Redraws the tags of the spans restyled in [from, to). StyledText redraws the restyled lines
	 * itself, but the tag of a span on a line's first row sits in the spacing of the line before.
	 */
	public void restyled(int from, int to) {
		if (from < to && to <= text.getCharCount()) {
			int rowTop = text.getLocationAtOffset(from).y;
			redraw(rowTop - TAG_HEIGHT - FRAME_WIDTH, rowTop + 1);
		}
	}

	/** Redraws the rows of {@code span} and its frame around them. */
	private void redrawFrame(Span span) {
		if (span != null && span.getEnd() <= text.getCharCount()) {
			Rectangle bounds = boundsOf(span);
			redraw(bounds.y - FRAME_WIDTH, bounds.y + bounds.height + FRAME_WIDTH);
		}
	}

	/**
	 * Repaints the text's full width between {@code top} and {@code bottom}, where it is in view.
	 * Marks change no letter, so this asks the text's parent to repaint that area, children included,
	 * rather than {@link StyledText#redraw(int, int, int, int, boolean)}: that one also throws away
	 * the layout of every line it touches (a whole wrapped paragraph, which StyledText then lays out
	 * again at once) and asks the X server where the mouse is.
	 */
	private void redraw(int top, int bottom) {
		Rectangle area = text.getClientArea();
		int from = Math.max(0, top);
		int to = Math.min(area.height, bottom);
		if (from < to) {
			Rectangle bounds = text.getBounds();
			text.getParent().redraw(bounds.x, bounds.y + from, bounds.width, to - from, true);
		}
	}

	private void paint(PaintEvent event) {
		if (text.getCharCount() == 0) {
			return;
		}
		// Only the tags in the area to paint: a tag sits above its span, so the lines reaching a tag's
		// height below the area count too.
		int firstLine = text.getLineIndex(event.y);
		int lastLine = text.getLineIndex(event.y + event.height + TAG_HEIGHT);
		int from = text.getOffsetAtLine(firstLine);
		int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
		if (shown == null || from != shownFrom || to != shownTo) {
			shown = beginningIn(from, to);
			shownFrom = from;
			shownTo = to;
		}
		GC gc = event.gc;
		gc.setFont(tagFont);
		// Placed in drawing order, drawn label by label: drawing the name just drawn reuses its Pango
		// layout, where another name is laid out anew. Placed tags never overlap, so the order is free.
		Rectangle toPaint = new Rectangle(event.x, event.y, event.width, event.height);
		List<Rectangle> placed = new ArrayList<>(shown.length);
		Map<Label, List<Rectangle>> toDraw = new LinkedHashMap<>();
		for (Span span : shown) {
			Rectangle tag = place(gc, span, placed);
			placed.add(tag);
			if (tag.intersects(toPaint)) {
				toDraw.computeIfAbsent(span.getLabel(), label -> new ArrayList<>()).add(tag);
			}
		}
		toDraw.forEach((label, tags) -> drawTags(gc, label, tags));
		if (selected != null && selected.getEnd() <= text.getCharCount()) {
			gc.setLineWidth(FRAME_WIDTH);
			gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			Rectangle bounds = boundsOf(selected);
			gc.drawRectangle(bounds.x - FRAME_WIDTH, bounds.y - FRAME_WIDTH, bounds.width + 2 * FRAME_WIDTH, bounds.height + 2 * FRAME_WIDTH);
		}
	}

	/** @return where the tag of {@code span} goes, clear of the tags already placed */
	private Rectangle place(GC gc, Span span, List<Rectangle> placed) {
		Point start = startOf(span.getBegin());
		int width = extentOf(gc, span.getLabel()).x + 2 * TAG_PADDING;
		// The tag starts where the span does (the caret position before its first letter) and runs the
		// way that letter reads; the widget's x grows leftwards when the widget is right to left.
		boolean rightToLeft = isRightToLeft(text.getText(span.getBegin(), span.getBegin()).charAt(0));
		int x = rightToLeft == (text.getOrientation() == SWT.RIGHT_TO_LEFT) ? start.x : start.x - width;
		return apart(new Rectangle(x, start.y - TAG_HEIGHT, width, TAG_HEIGHT - 1), placed);
	}

	/** Draws the {@code tags} of {@code label}: its name on its colour. */
	private void drawTags(GC gc, Label label, List<Rectangle> tags) {
		int textY = (TAG_HEIGHT - 1 - extentOf(gc, label).y) / 2;
		gc.setBackground(colours.apply(label));
		tags.forEach(gc::fillRectangle);
		gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		tags.forEach(tag -> gc.drawString(label.getName(), tag.x + TAG_PADDING, tag.y + textY, true));
	}

	private Point extentOf(GC gc, Label label) {
		return extents.computeIfAbsent(label.getName(), gc::stringExtent);
	}

	/** @return where the caret before the character at {@code offset} is drawn, as {@link StyledText#getLocationAtOffset} */
	private Point startOf(int offset) {
		forgetPlacesIfRewrapped();
		int lineTop = text.getLinePixel(text.getLineAtOffset(offset));
		Point start = starts.get(offset);
		if (start == null) {
			Point location = text.getLocationAtOffset(offset);
			start = new Point(location.x, location.y - lineTop);
			starts.put(offset, start);
		}
		return new Point(start.x, lineTop + start.y);
	}

	/** @return the bounds of the letters of {@code span}, as {@link TextBounds#of} */
	private Rectangle boundsOf(Span span) {
		forgetPlacesIfRewrapped();
		int lineTop = text.getLinePixel(text.getLineAtOffset(span.getBegin()));
		if (frame == null || frameBegin != span.getBegin() || frameEnd != span.getEnd()) {
			Rectangle bounds = TextBounds.of(text, span.getBegin(), span.getEnd() - 1);
			frame = new Rectangle(bounds.x, bounds.y - lineTop, bounds.width, bounds.height);
			frameBegin = span.getBegin();
			frameEnd = span.getEnd();
		}
		return new Rectangle(frame.x, lineTop + frame.y, frame.width, frame.height);
	}

	private void forgetPlacesIfRewrapped() {
		int width = text.getClientArea().width;
		if (width != placesWidth || text.getFont() != placesFont) {
			starts.clear();
			frame = null;
			placesWidth = width;
			placesFont = text.getFont();
		}
	}

	/**
	 * Moves {@code tag} sideways, by as little as it takes, off every tag it would cover: a span
	 * nested in a short first word (أواخر 2001) starts right beside its enclosing span's tag.
	 */
	private static Rectangle apart(Rectangle tag, List<Rectangle> placed) {
		for (int attempt = 0; attempt <= placed.size(); attempt++) {
			Rectangle covered = firstCovered(tag, placed);
			if (covered == null) {
				break;
			}
			int beforeIt = covered.x - tag.width - 1;
			int afterIt = covered.x + covered.width + 1;
			tag.x = tag.x - beforeIt <= afterIt - tag.x ? beforeIt : afterIt;
		}
		return tag;
	}

	private static Rectangle firstCovered(Rectangle tag, List<Rectangle> placed) {
		for (Rectangle other : placed) {
			if (tag.intersects(other)) {
				return other;
			}
		}
		return null;
	}

	private static boolean isRightToLeft(char character) {
		byte direction = Character.getDirectionality(character);
		return direction != Character.DIRECTIONALITY_LEFT_TO_RIGHT && direction != Character.DIRECTIONALITY_EUROPEAN_NUMBER;
	}

	/**
	 * A scan of all spans rather than a sorted index: a few microseconds per thousand spans, where
	 * sorting them all again after every added or removed span took milliseconds on long articles.
	 */
	private Span[] beginningIn(int from, int to) {
		List<Span> all = spans.get();
		List<Span> found = new ArrayList<>();
		for (int index = 0; index < all.size(); index++) {
			Span span = all.get(index);
			if (span.getBegin() >= from && span.getBegin() < to) {
				found.add(span);
			}
		}
		found.sort(DRAWING_ORDER);
		return found.toArray(Span[]::new);
	}
}
