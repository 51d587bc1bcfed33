package org.hashiya.ui.internal.editor;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the characters of a StyledText are, in the coordinates it paints in and reports mouse
 * events in, worked out from its caret positions.
 *
 * <p>{@link StyledText#getTextBounds} cannot be used for this in right-to-left text: SWT on GTK
 * returns its rectangles unmirrored while it mirrors everything else in a right-to-left widget, and
 * on the second and later lines of a wrapped paragraph they come with no height and shifted. The
 * caret positions are the ones StyledText itself draws the caret and selection at and maps mouse
 * clicks with.</p>
 */
public final class TextBounds {

	private TextBounds() {
	}

	/**
	 * @return the smallest rectangle around the caret positions before, between and after the
	 *         characters [start, end] (both inclusive) and their lines. Where directions mix, the
	 *         far edge of a run in the other direction has no caret position and may be left out.
	 */
	public static Rectangle of(StyledText text, int start, int end) {
		int left = Integer.MAX_VALUE;
		int right = Integer.MIN_VALUE;
		int top = Integer.MAX_VALUE;
		int bottom = Integer.MIN_VALUE;
		int lastLineTop = text.getLocationAtOffset(end).y;
		for (int offset = start; offset <= Math.min(end + 1, text.getCharCount()); offset++) {
			Point caret = text.getLocationAtOffset(offset);
			// after the last character, the caret of a wrapped line is already on the next line
			if (offset > end && caret.y != lastLineTop) {
				break;
			}
			left = Math.min(left, caret.x);
			right = Math.max(right, caret.x);
			top = Math.min(top, caret.y);
			bottom = Math.max(bottom, caret.y + text.getLineHeight(Math.min(offset, end)));
		}
		return new Rectangle(left, top, right - left, bottom - top);
	}

	/**
	 * @return the offset of the character under {@code point}, or -1 where there is none. Unlike
	 *         {@link StyledText#getOffsetAtPoint}, which gives the caret position nearest to the
	 *         point, this is the character itself also when the point is on its trailing half.
	 */
	public static int characterAt(StyledText text, Point point) {
		int caret = text.getOffsetAtPoint(point);
		if (caret > 0 && of(text, caret - 1, caret - 1).contains(point)) {
			return caret - 1;
		}
		return caret < text.getCharCount() ? caret : -1;
	}
}
