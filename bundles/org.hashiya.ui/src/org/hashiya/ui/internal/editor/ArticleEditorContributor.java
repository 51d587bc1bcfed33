package org.hashiya.ui.internal.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.hashiya.ui.internal.EditorActions;

/** Points the shared Undo, Redo, Revert and Delete at whichever article editor is active. */
public final class ArticleEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart editor) {
		EditorActions actions = editor == null ? null : editor.getAdapter(EditorActions.class);
		if (actions != null) {
			actions.contributeTo(getActionBars());
		}
	}
}
