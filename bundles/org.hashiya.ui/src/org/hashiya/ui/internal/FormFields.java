package org.hashiya.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
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

	/** Lets {@code control} fill {@code columns} columns of its grid. */
	public static void span(Control control, int columns) {
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).applyTo(control);
	}
}
