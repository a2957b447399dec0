//! What leaves the build for people: the print plan and job sheet for print
//! shops, delivery packages for commissions, and `measure`, which checks a
//! printed or exported PDF against its definition.

pub mod measure;
pub mod package;
pub mod print_plan;
