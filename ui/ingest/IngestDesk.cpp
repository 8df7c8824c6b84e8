#include "IngestDesk.h"

#include "session/IngestRequests.h"
#include "session/IngestUploads.h"
#include "ui/common/Accessibility.h"
#include "ui/ingest/BringFilesDialog.h"
#include "ui/ingest/IngestTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

IngestDesk::IngestDesk(session::IngestRequests *requests, session::IngestUploads *uploads, QWidget *parent)
    : QFrame(parent), m_requests(requests), m_uploads(uploads), m_text(new QLabel(this)),
      m_carryOn(new QPushButton(tr("Carry on"), this)), m_open(new QPushButton(tr("Show it"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"ingestNoticeBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#ingestNoticeBanner { background: #e8f0fe; color: #0b3d91; border-radius: 4px; }"_s);
    m_text->setObjectName(u"ingestNoticeLabel"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_carryOn->setObjectName(u"carryOnUploadButton"_s);
    m_open->setObjectName(u"openIngestNoticeButton"_s);
    m_dismiss->setObjectName(u"dismissIngestNoticeButton"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_carryOn);
    row->addWidget(m_open);
    row->addWidget(m_dismiss);
    setVisible(false);

    connect(m_carryOn, &QPushButton::clicked, this, [this] {
        m_uploads->resume(m_shown);
        emit openRequested(m_shown);
        setVisible(false);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openRequested(m_shown);
        setVisible(false);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { setVisible(false); });
    connect(m_requests, &session::IngestRequests::changed, this, &IngestDesk::onChanged);
    connect(m_requests, &session::IngestRequests::cleared, this, [this] {
        m_shown.clear();
        setVisible(false);
    });
    // The open dialog's request: taken by the server (the dialog closes) or refused (it stays).
    connect(m_uploads, &session::IngestUploads::started, this, [this](const QString &ingestId) {
        if (m_dialog && !m_pendingKey.isEmpty() && m_uploads->progress(m_pendingKey).ingestId == ingestId) {
            m_pendingKey.clear();
            m_dialog->requestTaken();
            emit openRequested(ingestId);
        }
    });
    connect(m_uploads, &session::IngestUploads::failed, this,
            [this](const QString &key, const QString &message) {
                if (m_dialog && !m_pendingKey.isEmpty() && key == m_pendingKey) {
                    m_pendingKey.clear();
                    m_dialog->requestRefused(message);
                }
            });
}

void IngestDesk::bringFilesInto(const QString &projectId, const QString &projectTitle)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new BringFilesDialog(projectId, projectTitle, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_dialog, &BringFilesDialog::sendRequested, this,
        [this](const QString &project, const QString &reason, const QList<session::IngestLocalFile> &files) {
            m_pendingKey = m_uploads->start(project, reason, files);
        });
    m_dialog->open();
}

void IngestDesk::offerUnfinished()
{
    const QList<session::IngestUploadProgress> stopped = m_uploads->unfinished();
    if (stopped.isEmpty())
        return;
    const session::IngestUploadProgress &p = stopped.constFirst();
    const int percent = p.total > 0 ? int(p.sent * 100 / p.total) : 0;
    QString text =
        tr("Sending %1 into %2 stopped at %3 % before it finished. Carry on from where it stopped?")
            .arg(p.ingestId, p.projectId)
            .arg(percent);
    if (stopped.size() > 1)
        text += u' ' + tr("(%n more stopped too: see Files brought in.)", nullptr, int(stopped.size() - 1));
    show(p.ingestId, text, true);
}

void IngestDesk::onChanged(const protocol::IngestInfo &info, const QString &)
{
    show(info.id, IngestTexts::changeNotice(info.id, info.projectId, info.state), false);
}

void IngestDesk::show(const QString &ingestId, const QString &text, bool offerCarryOn)
{
    m_shown = ingestId;
    m_text->setText(text);
    m_carryOn->setVisible(offerCarryOn);
    setAccessibleName(tr("Files brought in"));
    setAccessibleDescription(text);
    setAccessibleText(m_open, tr("Show %1 under Files brought in").arg(ingestId));
    setVisible(true);
    showAlert(m_text, text);
}

} // namespace srs::ui
