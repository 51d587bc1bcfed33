package org.hashiya.ui.internal.labels;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.hashiya.model.Label;

/** Asks the label dialog's questions in dialogs of their own. */
final class DialogQuestions implements LabelSetDialog.Questions {

	@Override
	public Optional<LabelSetDialog.NewLabel> newLabel(Shell parent) {
		NewLabelDialog dialog = new NewLabelDialog(parent);
		return dialog.open() == Window.OK ? Optional.of(dialog.answer()) : Optional.empty();
	}

	@Override
	public Optional<String> text(Shell parent, String title, String message, String initial) {
		InputDialog dialog = new InputDialog(parent, title, message, initial, null);
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue()) : Optional.empty();
	}

	@Override
	public Optional<RGB> colour(Shell parent, RGB initial) {
		ColorDialog dialog = new ColorDialog(parent);
		dialog.setRGB(initial);
		return Optional.ofNullable(dialog.open());
	}

	@Override
	public Optional<Label> replacement(Shell parent, String question, List<Label> candidates) {
		return new ReplacementDialog(parent, question, candidates).ask();
	}
}
