package io.shoplab.platform.web;

import java.util.List;

/**
 * One page of a longer list, as every paged call of the API answers it.
 *
 * @param items the entries of this page, possibly none when the page is past the end
 * @param page the zero-based page number asked for
 * @param size the page size asked for
 * @param totalItems how many entries the whole list has
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** The offset of the page's first entry, for SQL {@code OFFSET}. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
