package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.hashiya.ui.ArticleEditor;

/** Accepts the suggestion at the caret; with the data "all like it" in plugin.xml, every one with its text and label. */
public final class AcceptSuggestionHandler extends ArticleEditorHandler implements IExecutableExtension {

	private boolean allLike;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		allLike = "all like it".equals(data);
	}

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		editor.acceptSuggestion(allLike);
	}
}
