package org.hashiya.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
		Span previous = selected;
		selected = span;
		redrawRows(previous, FRAME_WIDTH);
		redrawRows(span, FRAME_WIDTH);
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

	/** Redraws the rows of {@code span}, and {@code above} pixels above them. */
	private void redrawRows(Span span, int above) {
		if (span != null && span.getEnd() <= text.getCharCount()) {
			int last = Math.max(span.getBegin(), span.getEnd() - 1);
			redraw(text.getLocationAtOffset(span.getBegin()).y - above, text.getLocationAtOffset(last).y + text.getLineHeight(last) + FRAME_WIDTH);
		}
	}

	/** Redraws the full width between {@code top} and {@code bottom}, where it is in view. */
	private void redraw(int top, int bottom) {
		Rectangle area = text.getClientArea();
		int from = Math.max(0, top);
		int to = Math.min(area.height, bottom);
		if (from < to) {
			text.redraw(0, from, area.width, to - from, false);
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
		List<Rectangle> tags = new ArrayList<>(shown.length);
		for (Span span : shown) {
			tags.add(drawTag(gc, span, tags));
		}
		if (selected != null && selected.getEnd() <= text.getCharCount()) {
			gc.setLineWidth(FRAME_WIDTH);
			gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			Rectangle bounds = TextBounds.of(text, selected.getBegin(), selected.getEnd() - 1);
			gc.drawRectangle(bounds.x - FRAME_WIDTH, bounds.y - FRAME_WIDTH, bounds.width + 2 * FRAME_WIDTH, bounds.height + 2 * FRAME_WIDTH);
		}
	}

	/** Draws the tag of {@code span} clear of the tags already drawn, and returns where it went. */
	private Rectangle drawTag(GC gc, Span span, List<Rectangle> drawn) {
		Label label = span.getLabel();
		Point start = text.getLocationAtOffset(span.getBegin());
		Point extent = gc.stringExtent(label.getName());
		int width = extent.x + 2 * TAG_PADDING;
		// The tag starts where the span does (the caret position before its first letter) and runs the
		// way that letter reads; the widget's x grows leftwards when the widget is right to left.
		boolean rightToLeft = isRightToLeft(text.getText(span.getBegin(), span.getBegin()).charAt(0));
		int x = rightToLeft == (text.getOrientation() == SWT.RIGHT_TO_LEFT) ? start.x : start.x - width;
		Rectangle tag = apart(new Rectangle(x, start.y - TAG_HEIGHT, width, TAG_HEIGHT - 1), drawn);
		gc.setBackground(colours.apply(label));
		gc.fillRectangle(tag);
		gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawString(label.getName(), tag.x + TAG_PADDING, tag.y + (tag.height - extent.y) / 2, true);
		return tag;
	}

	/**
	 * Moves {@code tag} sideways, by as little as it takes, off every tag it would cover: a span
	 * nested in a short first word (أواخر 2001) starts right beside its enclosing span's tag.
	 */
	private static Rectangle apart(Rectangle tag, List<Rectangle> drawn) {
		for (int attempt = 0; attempt <= drawn.size(); attempt++) {
			Rectangle covered = drawn.stream().filter(tag::intersects).findFirst().orElse(null);
			if (covered == null) {
				break;
			}
			int beforeIt = covered.x - tag.width - 1;
			int afterIt = covered.x + covered.width + 1;
			tag.x = tag.x - beforeIt <= afterIt - tag.x ? beforeIt : afterIt;
		}
		return tag;
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
