package org.hashiya.ui.internal.labels;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a new label's name, hotkey and description; the label dialog checks them. */
final class NewLabelDialog extends Dialog {

	private Text name;
	private Text hotkey;
	private Text description;
	private LabelSetDialog.NewLabel answer;

	NewLabelDialog(Shell parent) {
		super(parent);
	}

	LabelSetDialog.NewLabel answer() {
		return answer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewLabelDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		name = field(fields, Messages.NewLabelDialog_name, null);
		hotkey = field(fields, Messages.NewLabelDialog_hotkey, Messages.NewLabelDialog_hotkeyHint);
		description = field(fields, Messages.NewLabelDialog_description, null);
		name.addListener(SWT.Modify, event -> getButton(IDialogConstants.OK_ID).setEnabled(!name.getText().isBlank()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		answer = new LabelSetDialog.NewLabel(name.getText().strip(), hotkey.getText().strip(), description.getText().strip());
		super.okPressed();
	}

	private Text field(Composite parent, String label, String hint) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		if (hint != null) {
			text.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(50), SWT.DEFAULT).applyTo(text);
		return text;
	}
}
