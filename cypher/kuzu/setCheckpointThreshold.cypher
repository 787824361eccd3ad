// setCheckpointThreshold: how large the write-ahead log grows before Kuzu folds it into the
// database file (a checkpoint). Each checkpoint rewrites the stored groups a write touched, and
// every batch touches the busiest entities, so at Kuzu's default (16 MB) checkpoints took about
// half of a large ingest; at 128 MB they take a tenth. The log is replayed when a store opens
// after a crash. Kuzu takes only a literal here.
// params: none
// returns: nothing
CALL checkpoint_threshold=134217728
