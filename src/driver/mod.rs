//! Runs the pipeline for the CLI. (Being written: see the CLI brief.)
