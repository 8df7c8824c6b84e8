#pragma once

#include <QIcon>

namespace srs::ui {

// The marks of the review screens. Each has its own shape and symbol as well as its colour, so
// that none of them is told apart by colour alone (and each always comes with words too).
enum class ReviewMark
{
    Fail,     // a red disc with a cross
    Review,   // an amber triangle with "!"
    Changed,  // a blue square with a "~"
    Added,    // a green square with a "+"
    Overdue,  // an amber disc with clock hands
    Suppress, // a grey square with a black bar: to be suppressed as well
};

[[nodiscard]] QIcon reviewIcon(ReviewMark mark);

} // namespace srs::ui
