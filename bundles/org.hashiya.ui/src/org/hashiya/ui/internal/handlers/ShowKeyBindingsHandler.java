package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.labels.KeyBindingsDialog;

/** Shows the keys of the article editor and the project's label hotkeys. */
public final class ShowKeyBindingsHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		new KeyBindingsDialog(HandlerUtil.getActiveShellChecked(event), editor.getSite(), editor.getProject().project()).open();
	}
}
