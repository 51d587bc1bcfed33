package org.hashiya.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.hashiya.model.Label;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.CommandIds;

/** Applies a label named, or numbered in the project's order, by the command's parameters. */
public final class ApplyLabelHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		List<Label> labels = editor.getProject().project().getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream()).toList();
		String name = event.getParameter(CommandIds.LABEL_PARAMETER);
		String number = event.getParameter(CommandIds.LABEL_NUMBER_PARAMETER);
		Label label;
		if (name != null) {
			label = labels.stream().filter(candidate -> candidate.getName().equals(name)).findFirst()
					.orElseThrow(() -> new ExecutionException("The project has no label " + name));
		} else if (number != null) {
			int position = Integer.parseInt(number);
			if (position < 1 || position > labels.size()) {
				return;
			}
			label = labels.get(position - 1);
		} else {
			throw new ExecutionException("Apply Label needs the parameter " + CommandIds.LABEL_PARAMETER + " or " + CommandIds.LABEL_NUMBER_PARAMETER);
		}
		editor.applyLabel(label, Boolean.parseBoolean(event.getParameter(CommandIds.EXACT_PARAMETER)));
	}
}
