package org.hashiya.ui.internal;

import org.eclipse.swt.graphics.RGB;
import org.hashiya.model.Label;

/** Reads a label's colour, stored as {@code #RRGGBB}. */
public final class LabelColours {

	/** Shown for a label whose colour is missing or unreadable, so its spans stay visible. */
	private static final RGB FALLBACK = new RGB(0xDD, 0xDD, 0xDD);

	private LabelColours() {
	}

	public static RGB rgb(Label label) {
		String colour = label.getColour();
		if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
			return FALLBACK;
		}
		int value = Integer.parseInt(colour.substring(1), 16);
		return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
	}
}
