package org.hashiya.ui.internal.labels;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.hashiya.model.Label;

/** Says how many spans use the label being deleted and asks which other label they get. */
final class ReplacementDialog extends MessageDialog {

	private static final int DELETE = 0;

	private final List<Label> candidates;
	private Combo choice;
	private Label chosen;

	ReplacementDialog(Shell parent, String question, List<Label> candidates) {
		super(parent, Messages.LabelSetDialog_deleteTitle, null, question, QUESTION, DELETE, Messages.LabelSetDialog_deleteAndRelabel,
				IDialogConstants.CANCEL_LABEL);
		this.candidates = candidates;
	}

	/** @return the chosen label, or empty when the user cancelled */
	Optional<Label> ask() {
		return open() == DELETE ? Optional.ofNullable(chosen) : Optional.empty();
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		choice = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		choice.setItems(candidates.stream().map(Label::getName).toArray(String[]::new));
		choice.select(0);
		GridDataFactory.fillDefaults().grab(true, false).indent(convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN), 0).applyTo(choice);
		return choice;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == DELETE) {
			chosen = candidates.get(choice.getSelectionIndex());
		}
		super.buttonPressed(buttonId);
	}
}
