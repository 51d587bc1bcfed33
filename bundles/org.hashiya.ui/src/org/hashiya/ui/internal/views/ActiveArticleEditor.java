package org.hashiya.ui.internal.views;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.hashiya.ui.ArticleEditor;

/**
 * Follows, for a view, the article editor that is the active editor of a workbench page, and tells
 * the view whenever editors open, close or take turns, and whenever the followed editor's spans,
 * labels, shown annotator or status change.
 */
final class ActiveArticleEditor implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Runnable changed;
	/**
	 * Every command makes the editor fire a dirty-state change; a status change (Mark Finished)
	 * restyles no text, so the editor's change listeners never hear of it.
	 */
	private final IPropertyListener commandExecuted;
	private ArticleEditor editor;

	/** Starts following the page's active editor; {@code changed} runs on the display thread. */
	ActiveArticleEditor(IWorkbenchPage page, Runnable changed) {
		this.page = page;
		this.changed = changed;
		commandExecuted = (source, property) -> {
			if (property == IEditorPart.PROP_DIRTY) {
				changed.run();
			}
		};
		page.addPartListener(this);
		follow(articleEditor(page.getActiveEditor(), null));
	}

	/** @return the followed editor, or null when the page's active editor is no article editor */
	ArticleEditor get() {
		return editor;
	}

	void dispose() {
		page.removePartListener(this);
		follow(null);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		editorsChanged(reference);
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		editorsChanged(reference);
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		editorsChanged(reference);
	}

	/**
	 * The closing editor may still be the page's active one while this runs, and it drops its
	 * unsaved spans only afterwards, when it is disposed: the view hears of the change after that.
	 */
	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			follow(articleEditor(page.getActiveEditor(), reference.getPart(false)));
			PlatformUI.getWorkbench().getDisplay().asyncExec(changed);
		}
	}

	private void editorsChanged(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			follow(articleEditor(page.getActiveEditor(), null));
			changed.run();
		}
	}

	/** An editor restored with its workbench has no spans until its control is created. */
	private static ArticleEditor articleEditor(IEditorPart part, IWorkbenchPart closed) {
		return part instanceof ArticleEditor article && article != closed && article.getAnnotationSet() != null ? article : null;
	}

	private void follow(ArticleEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removeChangeListener(changed);
			editor.removePropertyListener(commandExecuted);
		}
		editor = next;
		if (editor != null) {
			editor.addChangeListener(changed);
			editor.addPropertyListener(commandExecuted);
		}
	}
}
