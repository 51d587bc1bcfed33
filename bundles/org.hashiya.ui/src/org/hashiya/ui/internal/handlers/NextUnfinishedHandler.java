package org.hashiya.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hashiya.model.Article;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.Messages;

/** Opens the next article the shown annotator has not finished. */
public final class NextUnfinishedHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		Optional<Article> next = editor.getProject().nextUnfinished(editor.getArticle(), editor.getProject().annotator(editor.getShownAnnotator()));
		if (next.isEmpty()) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(Messages.ArticleEditor_allFinished);
			return;
		}
		IFile current = ((IFileEditorInput) editor.getEditorInput()).getFile();
		IFile file = current.getParent().getFile(IPath.fromOSString(next.get().getSource()));
		try {
			ArticleEditor opened = (ArticleEditor) IDE.openEditor(editor.getSite().getPage(), file, ArticleEditor.ID);
			if (!opened.isDirty() && !opened.getShownAnnotator().equals(editor.getShownAnnotator())) {
				opened.showAnnotator(editor.getShownAnnotator());
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}
}
