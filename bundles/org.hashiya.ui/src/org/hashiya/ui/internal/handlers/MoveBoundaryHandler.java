package org.hashiya.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.HashiyaUiPlugin;

/**
 * Moves the selected span's start or end. The data in plugin.xml names the move, for example
 * "start earlier character" or "end later word": logical order, never left or right.
 */
public final class MoveBoundaryHandler extends ArticleEditorHandler implements IExecutableExtension {

	private boolean start;
	private boolean later;
	private boolean byWord;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		List<String> words = List.of(String.valueOf(data).split(" "));
		if (words.size() != 3 || !List.of("start", "end").contains(words.get(0)) || !List.of("earlier", "later").contains(words.get(1))
				|| !List.of("character", "word").contains(words.get(2))) {
			throw new CoreException(new Status(IStatus.ERROR, HashiyaUiPlugin.ID, "Bad move '" + data + "' in plugin.xml: write start|end earlier|later character|word"));
		}
		start = words.get(0).equals("start");
		later = words.get(1).equals("later");
		byWord = words.get(2).equals("word");
	}

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		editor.moveSelectedSpanBoundary(start, later, byWord);
	}
}
