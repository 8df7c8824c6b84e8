#pragma once

#include "protocol/NotificationMessages.h"

#include <QAbstractListModel>

namespace srs::ui {

// What a notice says, in the person's language, from its kind and fields. A kind this client
// does not know is still said plainly.
[[nodiscard]] QString noticeText(const protocol::NotificationInfo &notice);

// The person's notices, newest first: one line each, unread ones in bold and said to be unread
// to a screen reader.
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReadRole,
        KindRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setNotices(const QList<protocol::NotificationInfo> &notices);
    [[nodiscard]] const protocol::NotificationInfo *notice(const QModelIndex &index) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::NotificationInfo> m_notices;
};

} // namespace srs::ui
