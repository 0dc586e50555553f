package io.intentworkbench.ui.data;

import javafx.collections.ObservableListBase;

/** The numbers 0 to size-1 as an observable list, so a table can page through millions of rows cheaply. */
final class RowIndexList extends ObservableListBase<Integer> {
    private final int size;

    RowIndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
