package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.hashiya.ui.ArticleEditor;

public final class CurateHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		editor.curate();
	}
}
