package org.hashiya.ui.internal.handlers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hashiya.core.ProjectFolder;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.labels.LabelSetDialog;
import org.hashiya.ui.internal.labels.Messages;

/** Opens the label dialog for the active editor's project, once every article editor of the project is saved. */
public final class EditLabelsHandler extends ArticleEditorHandler {

	private static final int SAVE_ALL = 0;

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		ProjectFolder project = editor.getProject();
		List<ArticleEditor> editors = Arrays.stream(editor.getSite().getWorkbenchWindow().getWorkbench().getWorkbenchWindows())
				.flatMap(window -> Arrays.stream(window.getPages()))
				.flatMap(page -> articleEditors(page, project).stream())
				.toList();
		if (!saveAll(shell, editors)) {
			return;
		}
		LabelSetDialog dialog = new LabelSetDialog(shell, project);
		if (dialog.open() == Window.OK && dialog.changedLabels()) {
			// The editors restyle themselves, since they listen to the labels and spans. But their
			// undo history predates the label change: undoing a relabel past a deletion would give
			// spans the deleted label again, so their stacks start afresh (they were just saved).
			editors.forEach(open -> open.getEditingDomain().getCommandStack().flush());
		}
	}

	/** Spans in editors that are not restored yet are still on disk only, so they need no saving. */
	private static List<ArticleEditor> articleEditors(IWorkbenchPage page, ProjectFolder project) {
		return Arrays.stream(page.getEditorReferences()).map(reference -> reference.getEditor(false))
				.filter(ArticleEditor.class::isInstance).map(ArticleEditor.class::cast)
				.filter(open -> open.getProject() == project)
				.toList();
	}

	/**
	 * Deleting a label relabels spans in the shared model, which unsaved changes in an editor would
	 * then mix with; so the user saves them all first, or does not edit the labels.
	 *
	 * @return whether no editor has unsaved changes any more
	 */
	private static boolean saveAll(Shell shell, List<ArticleEditor> editors) {
		List<ArticleEditor> dirty = editors.stream().filter(ArticleEditor::isDirty).toList();
		if (dirty.isEmpty()) {
			return true;
		}
		String names = dirty.stream().map(open -> NLS.bind(Messages.EditLabels_unsavedEditor, open.getTitle(), open.getShownAnnotator()))
				.collect(Collectors.joining("\n"));
		int answer = new MessageDialog(shell, Messages.EditLabels_unsavedTitle, null, NLS.bind(Messages.EditLabels_unsavedQuestion, names),
				MessageDialog.QUESTION, SAVE_ALL, Messages.EditLabels_saveAll, Messages.EditLabels_cancel).open();
		if (answer != SAVE_ALL) {
			return false;
		}
		dirty.forEach(open -> open.doSave(new NullProgressMonitor()));
		return dirty.stream().noneMatch(ArticleEditor::isDirty);
	}
}
