package org.hashiya.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.hashiya.core.ProjectFolder;

/**
 * The annotation projects open in this workbench, one model per folder, so that every editor and
 * view of a project works on the same objects.
 */
public final class OpenProjects {

	private final Map<Path, ProjectFolder> byFolder = new HashMap<>();

	/** @return the project in {@code folder}, opened on first use */
	public synchronized ProjectFolder get(Path folder) throws IOException {
		Path key = folder.toAbsolutePath().normalize();
		ProjectFolder project = byFolder.get(key);
		if (project == null) {
			project = ProjectFolder.open(key);
			byFolder.put(key, project);
		}
		return project;
	}

	/**
	 * Drops the model of the project in {@code folder}, whose files changed behind it (an import):
	 * the next {@link #get(Path)} reads them again. Only for projects with no article open.
	 */
	public synchronized void forget(Path folder) {
		byFolder.remove(folder.toAbsolutePath().normalize());
	}
}
