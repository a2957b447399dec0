//! Developers' tools: the synthetic election generator (`generate`), the
//! fuzz targets' entry points (`fuzzing`), and the tests of the code's shape
//! (`architecture`) with their helpers.

#[cfg(test)]
mod architecture;
pub mod fuzzing;
pub(crate) mod generate;
#[cfg(test)]
pub(crate) mod testing;
