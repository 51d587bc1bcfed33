package org.hashiya.app;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;

/** On the first start in a workspace, imports the sample corpus and opens a labeled article. */
final class FirstStart {

	private FirstStart() {
	}

	static void openSampleIfNew(IWorkbench workbench) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(SampleProject.NAME);
		if (project.exists()) {
			return;
		}
		Path folder = root.getLocation().append(SampleProject.NAME).toFile().toPath();
		try {
			if (!ProjectFolder.isProject(folder)) {
				SampleProject.create(folder);
			}
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.FirstStart_cannotCreate, folder, e.getMessage()), e));
		}
		project.create(null);
		project.open(null);
		// A crash before the next periodic snapshot would otherwise bring the project back closed.
		ResourcesPlugin.getWorkspace().save(true, null);
		IFile firstArticle = project.getFile(SampleCorpus.articleIds().get(0) + ".txt");
		IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), firstArticle);
		if (editor instanceof ArticleEditor articleEditor) {
			articleEditor.showAnnotator(SampleCorpus.GOLD_ANNOTATOR);
		}
	}
}
