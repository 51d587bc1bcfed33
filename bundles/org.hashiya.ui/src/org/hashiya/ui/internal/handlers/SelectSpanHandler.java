package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.hashiya.ui.ArticleEditor;

/** Selects the next span, or with the data "previous" in plugin.xml the previous one, in logical order. */
public final class SelectSpanHandler extends ArticleEditorHandler implements IExecutableExtension {

	private boolean next = true;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		next = !"previous".equals(data);
	}

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		editor.selectNeighbourSpan(next);
	}
}
