package org.hashiya.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;
import org.hashiya.core.Articles;
import org.hashiya.core.ProjectFolder;
import org.hashiya.ui.ArticleEditor;

/** Makes the article editor the default for the articles of annotation projects, and only for them. */
public final class ArticleEditorAssociation implements IEditorAssociationOverride {

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType contentType, IEditorDescriptor[] editorDescriptors) {
		return editorDescriptors;
	}

	@Override
	public IEditorDescriptor[] overrideEditors(String fileName, IContentType contentType, IEditorDescriptor[] editorDescriptors) {
		return editorDescriptors;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType contentType, IEditorDescriptor editorDescriptor) {
		if (input instanceof IFileEditorInput fileInput && isArticle(fileInput.getFile())) {
			IEditorDescriptor articleEditor = PlatformUI.getWorkbench().getEditorRegistry().findEditor(ArticleEditor.ID);
			return articleEditor != null ? articleEditor : editorDescriptor;
		}
		return editorDescriptor;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType contentType, IEditorDescriptor editorDescriptor) {
		return editorDescriptor;
	}

	/** @return whether {@code file} is an article: a .txt file at the top of an annotation project folder */
	public static boolean isArticle(IFile file) {
		if (!file.getName().endsWith(Articles.EXTENSION) || file.getLocation() == null || file.getParent().getLocation() == null) {
			return false;
		}
		Path folder = file.getParent().getLocation().toFile().toPath();
		return ProjectFolder.isProject(folder);
	}
}
