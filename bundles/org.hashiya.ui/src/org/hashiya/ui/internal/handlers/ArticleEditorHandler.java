package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hashiya.ui.ArticleEditor;

/** A command that acts on the active article editor; plugin.xml activates it only when one is active. */
abstract class ArticleEditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof ArticleEditor editor)) {
			throw new ExecutionException(event.getCommand().getId() + " needs an active Hashiya article editor, not " + part.getTitle());
		}
		run(editor, event);
		return null;
	}

	abstract void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException;
}
