package org.hashiya.ui.internal;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The fields of a wizard page laid out in a grid: a label, then the field it names. */
public final class FormFields {

	private FormFields() {
	}

	/** Adds a label with {@code text} and returns the parent for the field it names. */
	public static Composite labeled(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
		return parent;
	}

	public static Button button(Composite parent, String text, int style) {
		Button button = new Button(parent, style);
		button.setText(text);
		return button;
	}

	/**
	 * Adds a labeled read-only list of {@code choices}, the first chosen, filling the rest of a
	 * three-column grid; its selection index is the index in {@code choices}.
	 */
	public static <T> Combo choices(Composite parent, String text, T[] choices, Function<T, String> description) {
		Combo combo = new Combo(labeled(parent, text), SWT.READ_ONLY);
		Arrays.stream(choices).map(description).forEach(combo::add);
		combo.select(0);
		span(combo, 2);
		return combo;
	}

	/** Lets {@code control} fill {@code columns} columns of its grid. */
	public static void span(Control control, int columns) {
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).applyTo(control);
	}
}
