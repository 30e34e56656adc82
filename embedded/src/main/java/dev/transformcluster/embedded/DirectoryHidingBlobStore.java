package dev.transformcluster.embedded;

import java.util.List;
import java.util.stream.Collectors;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.PageSet;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.domain.StorageType;
import org.jclouds.blobstore.domain.internal.PageSetImpl;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;

/**
 * Hides the directory entries that jclouds' filesystem backend reports as objects: it lists every
 * sub-directory as a zero-byte key ending in {@code /}, which real S3 never shows for a plain folder of files
 * and which a backfill would otherwise treat as an (empty) object. Common prefixes of delimiter listings
 * ({@link StorageType#RELATIVE_PATH}) are kept; pagination markers are passed through unchanged.
 */
final class DirectoryHidingBlobStore extends ForwardingBlobStore {

    DirectoryHidingBlobStore(BlobStore delegate) {
        super(delegate);
    }

    @Override
    public PageSet<? extends StorageMetadata> list(String container) {
        return list(container, ListContainerOptions.NONE);
    }

    @Override
    public PageSet<? extends StorageMetadata> list(String container, ListContainerOptions options) {
        PageSet<? extends StorageMetadata> page = super.list(container, options);
        List<StorageMetadata> kept = page.stream()
                .filter(m -> m.getType() == StorageType.RELATIVE_PATH || !m.getName().endsWith("/"))
                .collect(Collectors.toList());
        return new PageSetImpl<>(kept, page.getNextMarker());
    }
}
